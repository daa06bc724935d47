from __future__ import annotations

from detente.coding.ontology import ROOT_NAMES, Ontology


def test_every_cameo_code_with_weight_quad_and_plover():
    onto = Ontology.load()
    assert len(onto) == 311  # 20 roots + 291 sub-codes in the reference table
    assert set(ROOT_NAMES) == {c for c in onto.codes() if len(c) == 2}
    for code in onto.codes():
        et = onto.get(code)
        root = int(code[:2])
        expected_quad = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert et.quad_class == expected_quad, code
        assert -10.0 <= et.goldstein <= 10.0
    assert "release" in onto.get("0841").name.lower()
    assert onto.get("084").plover == "RETREAT"
    assert onto.get("081").plover == "CONCEDE"
    assert onto.get("163").plover == "COERCE"  # as the 2021 table maps embargoes
    assert onto.get("166").plover == "SANCTION"
    assert onto.get("042").plover == "CONSULT"
    assert onto.get("0233").plover == "REQUEST"  # appeals fold into PLOVER REQUEST
    assert onto.get("010").plover is None  # statements have no PLOVER event type


def test_unknown_code_is_named():
    onto = Ontology.load()
    try:
        onto.get("999")
    except KeyError as exc:
        assert "999" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("unknown code accepted")

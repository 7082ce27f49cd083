"""Which stored profile each row of a LinkedIn export is: by its URL; by its name for the
exports before mid-2023, which give none; and across a member's change of address."""

from __future__ import annotations

from collections import defaultdict

from linkrevive.domain.enums import ProfileStatus
from linkrevive.domain.records import ConnectionRow
from linkrevive.domain.text import fold_words
from linkrevive.services.linkedin_activity import ExportApplier
from linkrevive.storage import linkedin_repo


def same_text(a: str, b: str) -> bool:
    """Whether two companies or titles are the same once case, accents and punctuation go."""
    return a == b or fold_words(a) == fold_words(b)


def name_key(first: str, last: str) -> str:
    """Key of a connection exported without a profile URL (before mid-2023)."""
    return "name:" + fold_words(f"{first} {last}").replace(" ", "-")


class ProfileKeys(ExportApplier):
    """An export's connections keyed by the stored profile each one is (see the module)."""

    def _keys(self) -> list[tuple[str, ConnectionRow]]:
        """Key each row by URL, or by name (numbered when namesakes share a file)."""
        seen: dict[str, int] = defaultdict(int)
        keyed = []
        for row in self.export.connections:
            if row.url:
                key = row.url
            else:
                base = name_key(row.first_name, row.last_name)
                seen[base] += 1
                key = base if seen[base] == 1 else f"{base}#{seen[base]}"
            keyed.append((key, row))
        return keyed

    def _adopt_name_keyed(self, keyed: list[tuple[str, ConnectionRow]]) -> None:
        """A URL export after URL-less ones: take over the profile known by name only.

        Namesakes in this export (two Dana Doe) are told apart by the stored company; when
        it names neither or both, none takes it over (each is its own profile), so that the
        order of the rows never decides whose history, and whose job change, it is.
        """
        digests = self.digests
        if not any(url.startswith("name:") for url in digests):
            return
        # Each stored name: the rows of this export, by URL, that may take it over.
        candidates: dict[str, list[tuple[str, ConnectionRow]]] = defaultdict(list)
        for key, row in keyed:
            if not key.startswith("name:") and key not in digests:
                name = name_key(row.first_name, row.last_name)
                if name in digests:
                    candidates[name].append((key, row))
        updates = []
        for name, rows in candidates.items():
            stored = linkedin_repo.digest_company(digests[name])
            fits = rows if len(rows) == 1 else [r for r in rows if same_text(r[1].company, stored)]
            if len(fits) != 1:
                continue
            key = fits[0][0]
            digests[key] = digests.pop(name)
            self.ids[key] = self.ids.pop(name)
            updates.append({"id": self.ids[key], "url": key})
        linkedin_repo.update_profiles(self.session, updates, self.network)

    def _match_names(
        self, keyed: list[tuple[str, ConnectionRow]]
    ) -> list[tuple[str, ConnectionRow]]:
        """Rows without a URL (exports before mid-2023) after exports with URLs: each takes
        the stored profile of the same full name, when one name fits one profile only."""
        digests = self.digests
        missing = [k for k, _row in keyed if k.startswith("name:") and k not in digests]
        if not missing:
            return keyed
        taken = {k for k, _row in keyed}
        by_name: dict[str, list[str]] = defaultdict(list)
        for _pid, url, first, last, _company in linkedin_repo.profile_names(self.session):
            if url not in taken and not url.startswith("name:"):
                by_name[name_key(first, last)].append(url)
        matched = []
        for key, row in keyed:
            urls = by_name.get(key, []) if key not in digests else []
            matched.append((urls[0], row) if len(urls) == 1 else (key, row))
        return matched

    def _follow_renamed(
        self, keyed: list[tuple[str, ConnectionRow]]
    ) -> list[tuple[str, ConnectionRow]]:
        """Members may change the address of their profile: a URL this export brings that
        the store lacks, beside a connection the store holds as current and this export
        lacks, with the same day of connection and the same name — or, the one such pair of
        that day, a given or last name in common (a married name often comes with a new
        address) — is that connection under its new address, not a new connection and a
        removal. So is a pair of the same name on other days (a member who changed address
        and was connected again since) when no other profile, stored or in the export,
        bears that name. An export applied as the newest moves the stored profile to the
        new address (its pairing, history and messages stay with it); an older or undated
        one is read as the stored profile, whose address stays the newest."""
        digests = self.digests
        if not digests:  # a first export: nothing to follow
            return keyed
        present = {key for key, _row in keyed}
        current = ProfileStatus.CURRENT.value
        gone: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # day: (url, names)
        for url, digest in digests.items():
            if digest[1] == current and url not in present and not url.startswith("name:"):
                first, last, day = linkedin_repo.digest_name_and_day(digest)
                gone[day].append((url, first, last))
        if not gone:
            return keyed
        fresh: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
        for index, (key, row) in enumerate(keyed):
            if key not in digests and not key.startswith("name:"):
                day = row.connected_on.isoformat() if row.connected_on else ""
                fresh[day].append((index, row.first_name, row.last_name))
        moves: dict[int, str] = {}
        for day, rows in fresh.items():
            if day and day in gone:
                moves.update(_same_people(rows, gone[day]))
        moves.update(self._reconnected_elsewhere(fresh, gone, moves))
        if not moves:
            return keyed
        self.renamed = {self.ids[stored] for stored in moves.values()}
        if self.older or self.undated:
            for index, stored in moves.items():
                self.ids[keyed[index][0]] = self.ids[stored]  # its messages' old address
            return [(moves.get(i, key), row) for i, (key, row) in enumerate(keyed)]
        updates = []
        for index, old in moves.items():
            new = keyed[index][0]
            digests[new] = digests.pop(old)
            self.ids[new] = self.ids.pop(old)
            updates.append({"id": self.ids[new], "url": new})
        linkedin_repo.update_profiles(self.session, updates, self.network)
        self.counts["renamed"] = len(updates)
        return keyed

    def _reconnected_elsewhere(
        self,
        fresh: dict[str, list[tuple[int, str, str]]],
        gone: dict[str, list[tuple[str, str, str]]],
        moves: dict[int, str],
    ) -> dict[int, str]:
        """The rows and stored connections of one name, left by ``moves``, on different days
        (connected again since the change of address), when that name is nobody else's:
        no other stored profile nor any other row of the export bears it."""
        taken = set(moves.values())
        rows = [r for day_rows in fresh.values() for r in day_rows if r[0] not in moves]
        stored = [g for day_gone in gone.values() for g in day_gone if g[0] not in taken]
        pairs = _unique_name_pairs(rows, stored)
        if not pairs:
            return {}
        # Rare (a name leaving and coming back): every stored name is folded only then.
        bearers: dict[str, int] = defaultdict(int)
        for digest in self.digests.values():
            first, last, _day = linkedin_repo.digest_name_and_day(digest)
            bearers[name_key(first, last)] += 1
        return {index: url for key, (index, url) in pairs.items() if bearers[key] == 1}


def _unique_name_pairs(
    rows: list[tuple[int, str, str]], stored: list[tuple[str, str, str]]
) -> dict[str, tuple[int, str]]:
    """``{name key: (row index, stored URL)}`` for the names one row and one stored
    connection bear, each alone on its side."""
    rows_by: dict[str, list[int]] = defaultdict(list)
    for index, first, last in rows:
        rows_by[name_key(first, last)].append(index)
    stored_by: dict[str, list[str]] = defaultdict(list)
    for url, first, last in stored:
        stored_by[name_key(first, last)].append(url)
    return {
        key: (indexes[0], stored_by[key][0])
        for key, indexes in rows_by.items()
        if len(indexes) == 1 and len(stored_by.get(key, ())) == 1
    }


def _same_people(
    rows: list[tuple[int, str, str]], stored: list[tuple[str, str, str]]
) -> dict[int, str]:
    """Of the rows new to the store and the stored connections missing from the export, all
    connected on one day, those that are one person: ``{row index: stored URL}``. The same
    name, one on each side; else, when one row and one stored connection are left, a given
    or last name in common."""
    found = dict(_unique_name_pairs(rows, stored).values())
    left = [r for r in rows if r[0] not in found]
    others = [s for s in stored if s[0] not in found.values()]
    if len(left) == 1 and len(others) == 1:
        (index, first, last), (url, stored_first, stored_last) = left[0], others[0]
        words = set(fold_words(f"{first} {last}").split())
        if words & set(fold_words(f"{stored_first} {stored_last}").split()):
            found[index] = url
    return found

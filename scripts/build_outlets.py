"""Build ``src/presslens/data/outlets.json``: the built-in outlet table (names, aliases, domains).

Why a build script: the hand-curated aliases below are ours; the domain -> publisher-name rows come from
``../shared/data/outlets/fundus-publishers.csv`` (MIT, flairNLP/fundus, see that folder's README), so the
table can be regenerated when that list changes. Third-party *ratings* are never copied into the package.

Run: ``python scripts/build_outlets.py [../shared/data/outlets/fundus-publishers.csv]``
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

# canonical name -> (aliases as they appear in running text, domains)
CURATED: dict[str, tuple[list[str], list[str]]] = {
    "The New York Times": (["New York Times", "the Times", "NYT", "NY Times", "Times"], ["nytimes.com"]),
    "The Washington Post": (["Washington Post", "the Post", "WaPo", "Post"], ["washingtonpost.com"]),
    "The Wall Street Journal": (["Wall Street Journal", "the Journal", "WSJ"], ["wsj.com"]),
    "Financial Times": (["Financial Times", "the FT", "FT"], ["ft.com"]),
    "New York Post": (["New York Post", "the New York Post", "NY Post"], ["nypost.com"]),
    "Los Angeles Times": (["Los Angeles Times", "LA Times", "L.A. Times"], ["latimes.com"]),
    "USA Today": (["USA Today", "USA TODAY"], ["usatoday.com"]),
    "The Guardian": (["Guardian", "the Guardian"], ["theguardian.com"]),
    "The Times (London)": (["The Times of London", "Times of London"], ["thetimes.co.uk"]),
    "The Telegraph": (["Telegraph", "Daily Telegraph"], ["telegraph.co.uk"]),
    "The Independent": (["Independent"], ["independent.co.uk"]),
    "BBC": (["BBC", "BBC News", "the BBC"], ["bbc.co.uk", "bbc.com"]),
    "CNN": (["CNN"], ["cnn.com"]),
    "Fox News": (["Fox News", "Fox"], ["foxnews.com"]),
    "NBC News": (["NBC News", "NBC"], ["nbcnews.com"]),
    "CBS News": (["CBS News", "CBS"], ["cbsnews.com"]),
    "ABC News": (["ABC News", "ABC"], ["abcnews.go.com"]),
    "MSNBC": (["MSNBC"], ["msnbc.com"]),
    "NPR": (["NPR", "National Public Radio"], ["npr.org"]),
    "Reuters": (["Reuters"], ["reuters.com"]),
    "Associated Press": (["Associated Press", "AP", "the AP"], ["apnews.com"]),
    "Agence France-Presse": (["Agence France-Presse", "AFP"], ["afp.com"]),
    "Bloomberg": (["Bloomberg", "Bloomberg News"], ["bloomberg.com"]),
    "Politico": (["Politico", "POLITICO"], ["politico.com"]),
    "Axios": (["Axios"], ["axios.com"]),
    "The Hill": (["The Hill"], ["thehill.com"]),
    "HuffPost": (
        ["HuffPost", "Huffington Post", "the Huffington Post"],
        ["huffpost.com", "huffingtonpost.com"],
    ),
    "Breitbart News": (["Breitbart", "Breitbart News"], ["breitbart.com"]),
    "The Economist": (["Economist", "the Economist"], ["economist.com"]),
    "The Atlantic": (["Atlantic", "the Atlantic"], ["theatlantic.com"]),
    "The New Yorker": (["New Yorker"], ["newyorker.com"]),
    "Der Spiegel": (["Der Spiegel", "Spiegel"], ["spiegel.de"]),
    "Le Monde": (["Le Monde"], ["lemonde.fr"]),
    "Al Jazeera": (["Al Jazeera"], ["aljazeera.com"]),
    "TASS": (["TASS", "Tass"], ["tass.com"]),
    "RIA Novosti": (["RIA Novosti", "RIA"], ["ria.ru"]),
    "RT": (["RT", "Russia Today"], ["rt.com"]),
    "World Socialist Web Site": (["World Socialist Web Site", "WSWS"], ["wsws.org"]),
    "Western Journal": (["Western Journal", "Western Journalism"], ["westernjournal.com"]),
    "Daily Mail": (["Daily Mail", "the Mail"], ["dailymail.co.uk"]),
    "Newsweek": (["Newsweek"], ["newsweek.com"]),
    "Time": (["Time magazine", "TIME"], ["time.com"]),
    "Vox": (["Vox"], ["vox.com"]),
    "The Intercept": (["The Intercept", "Intercept"], ["theintercept.com"]),
}


def build(fundus_csv: Path | None) -> dict[str, dict[str, list[str]]]:
    table = {name: {"aliases": aliases, "domains": domains} for name, (aliases, domains) in CURATED.items()}
    known_domains = {d for entry in table.values() for d in entry["domains"]}
    if fundus_csv and fundus_csv.exists():
        with fundus_csv.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                domain = row["domain"].strip().lower()
                name = row["name"].strip()
                if domain in known_domains or not name or not domain:
                    continue
                entry = table.setdefault(name, {"aliases": [], "domains": []})
                entry["domains"].append(domain)
                known_domains.add(domain)
    return dict(sorted(table.items()))


def main() -> None:
    root = Path(__file__).resolve().parents[1]
    default_csv = root.parent / "shared" / "data" / "outlets" / "fundus-publishers.csv"
    fundus = Path(sys.argv[1]) if len(sys.argv) > 1 else default_csv
    out = root / "src" / "presslens" / "data" / "outlets.json"
    payload = {
        "_about": "Outlet names, running-text aliases and domains. Curated aliases: presslens (MIT). "
        "Extra domain->name rows: flairNLP/fundus publishers list, MIT, (c) 2023 Max Dallabetta, "
        "Conrad Dobberstein, Aaron Wey. Built by scripts/build_outlets.py.",
        "outlets": build(fundus),
    }
    out.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(payload['outlets'])} outlets)")


if __name__ == "__main__":
    main()

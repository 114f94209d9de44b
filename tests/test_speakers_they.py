"""Plural pronouns as sources: 'They said …' resolves to the last plural subject naming people or bodies."""

from __future__ import annotations

import presslens
from conftest import find_quote


def test_they_resolves_to_numbered_suspects() -> None:
    text = (
        "Police arrested four men on Tuesday. The four main suspects were identified as local residents. "
        "They said the attack had been planned for months."
    )
    quote = find_quote(presslens.read(text), "planned for months")
    assert quote.speaker == "four main suspects"
    assert quote.speaker_type == "group"
    assert not quote.anonymous


def test_they_after_quote_resolves_to_suspects() -> None:
    text = "The four main suspects were identified as local residents. “We acted alone,” they said."
    quote = find_quote(presslens.read(text), "We acted alone")
    assert quote.speaker == "four main suspects"
    assert quote.speaker_type == "group"


def test_they_resolves_to_coordinated_outlets() -> None:
    text = (
        "The New York Times and The Washington Post published the documents on Monday. "
        "They said the files were authentic."
    )
    quote = find_quote(presslens.read(text), "files were authentic")
    assert quote.speaker == "The New York Times and The Washington Post"
    assert quote.speaker_type == "outlet"
    assert not quote.anonymous


def test_they_resolves_to_short_outlet_names() -> None:
    text = "The Times and the Post obtained the memo on Monday. They said it was genuine."
    quote = find_quote(presslens.read(text), "it was genuine")
    assert quote.speaker == "The New York Times and The Washington Post"
    assert quote.speaker_type == "outlet"


def test_they_resolves_to_political_group() -> None:
    text = "The Senate Democrats blocked the bill. They said it was unfair."
    quote = find_quote(presslens.read(text), "it was unfair")
    assert quote.speaker == "Senate Democrats"
    assert quote.speaker_type == "group"


def test_they_resolves_to_volunteers() -> None:
    text = "The volunteers worked through the night. They said the shelter was already full."
    quote = find_quote(presslens.read(text), "shelter was already full")
    assert quote.speaker == "volunteers"
    assert quote.speaker_type == "group"


def test_they_after_unnamed_officials_stays_anonymous() -> None:
    text = "Officials briefed reporters on Monday. They said the bridge would reopen next week."
    quote = find_quote(presslens.read(text), "bridge would reopen")
    assert quote.speaker == "Officials"
    assert quote.anonymous


def test_they_after_vague_quantified_group_stays_vague() -> None:
    text = "Many of his opponents gathered outside the hall. They said the plan was unfair."
    quote = find_quote(presslens.read(text), "plan was unfair")
    assert quote.anonymous
    assert quote.speaker_type == "group"


def test_they_without_plural_antecedent_keeps_old_behaviour() -> None:
    text = "The storm hit the coast on Monday. They said the bridge would reopen next week."
    quote = find_quote(presslens.read(text), "bridge would reopen")
    assert quote.speaker == "They"
    assert quote.speaker_type == "unknown"
    assert not quote.anonymous


def test_they_too_far_back_keeps_old_behaviour() -> None:
    text = (
        "The volunteers arrived early. The storm hit the coast on Monday. The wind grew stronger. "
        "The rain fell all day. They said the bridge would reopen next week."
    )
    quote = find_quote(presslens.read(text), "bridge would reopen")
    assert quote.speaker == "They"


def test_he_still_resolves_to_last_named_person() -> None:
    text = (
        "The protesters marched on City Hall. Mayor Elena Ruiz met them at the steps. "
        "He said the talks would continue. She said the city would listen."
    )
    reading = presslens.read(text)
    assert find_quote(reading, "city would listen").speaker == "Elena Ruiz"


def test_she_is_the_main_character_after_the_writers_own_sentences_about_others(read_text) -> None:
    r = read_text(
        "Tamsin Okoro-Vale wrote her album on a night bus. Okoro-Vale says the songs came fast. "
        "Okoro-Vale recorded melodies into voice memos, she says.\n\n"
        "Her manager, Dee Lindqvist, says in an email that two labels turned the album down. Greywing "
        "Records, in a statement, calls it a personal record.\n\n"
        "Does she worry that writing about her mother is a risk? She thinks about this for a long time.\n\n"
        '"I asked her first," she says.'
    )
    assert find_quote(r, "I asked her first").speaker == "Tamsin Okoro-Vale"
    assert find_quote(r, "two labels").speaker == "Dee Lindqvist"


def test_a_vox_pop_named_once_keeps_his_next_quote(read_text) -> None:
    r = read_text(
        "Adaeze Okonjo-Baird won the count. Adaeze Okonjo-Baird thanked her team. Okonjo-Baird said the "
        "city had voted for change.\n\n"
        "At the count, Terence Mallory, 67, a retired postman, said he had voted for the Alliance before.\n\n"
        '"They closed our library. That was it for me," he said.'
    )
    assert find_quote(r, "They closed our library").speaker == "Terence Mallory"


def test_a_name_the_tagger_missed_is_a_person_when_her_takes_it_up(read_text) -> None:
    r = read_text(
        "Salt & Ember, Penhallow Quay\n\n"
        "Niamh Corcoran-Lees has one rule in her kitchen, and she repeats it to anyone who will listen: "
        "nothing on the plate may be arranged with tweezers.\n\n"
        '"If it needs tweezers, it needs rethinking," she told me. African-Americans, he said, can cook.'
    )
    assert find_quote(r, "needs rethinking").speaker == "Niamh Corcoran-Lees"


def test_kin_and_titles_inside_the_tagged_name_point_at_the_person(read_text) -> None:
    r = read_text(
        "Harold Pennick ran the bakery for forty years. His family said he died peacefully on Sunday. "
        "His widow said the shop would stay open.\n\n"
        "Chief Constable Yvonne Achebe-Laing spoke at a briefing on Monday. The chief constable said "
        "officers had recovered fragments of a wing mirror."
    )
    family = find_quote(r, "died peacefully")
    assert (family.speaker, family.speaker_type) == ("Harold Pennick's family", "group")
    assert find_quote(r, "stay open").speaker_type == "person"
    assert find_quote(r, "fragments of a wing mirror").speaker == "Yvonne Achebe-Laing"


def test_a_force_spokesperson_speaks_for_the_constabulary_named(read_text) -> None:
    r = read_text(
        "Fenmoor Constabulary said on Monday that it had received 40 calls. A force spokesperson added "
        "that a 52-year-old man arrested on Saturday had been released without charge."
    )
    assert find_quote(r, "52-year-old man").speaker == "Fenmoor Constabulary"


def test_a_company_introduced_as_one_stays_one_and_is_the_company_of_its_story(read_text) -> None:
    r = read_text(
        "The chief executive of the supermarket group Harcastle, Julian Penrose-Adey, has resigned, the "
        "company said. Penrose-Adey joined Harcastle in 2019. Harcastle said the board had accepted it. "
        '"I am proud of what we built," he wrote.\n\n'
        "Analysts at Ashwin & Rooke said the shares were cheap. The Aviation and Cabin Staff Union said "
        "staff were worried. According to the company's latest annual report, Penrose-Adey was paid "
        "3.4 million pounds."
    )
    assert find_quote(r, "proud of what we built").speaker == "Julian Penrose-Adey"
    harcastle = find_quote(r, "board had accepted")
    assert (harcastle.speaker, harcastle.speaker_type) == ("Harcastle", "organisation")
    assert find_quote(r, "staff were worried").speaker == "Aviation and Cabin Staff Union"
    assert find_quote(r, "was paid").speaker == "Harcastle"


def test_the_judge_is_the_judge_named_since_a_generic_lede(read_text) -> None:
    r = read_text(
        "A federal judge ruled Thursday that Orbix illegally maintained a monopoly. In a 142-page opinion, "
        "Judge Eleanor Marchetti-Vance wrote that Orbix had used restrictive contracts.\n\n"
        "The judge ordered the company to let developers steer users to cheaper options."
    )
    quote = find_quote(r, "developers steer users")
    assert (quote.speaker, quote.anonymous) == ("Eleanor Marchetti-Vance", False)


def test_titles_of_nobility_self_named_groups_and_remits_joined_by_and_are_names(read_text) -> None:
    r = read_text(
        "The Duchess of Elmshire spent two hours at the hospice. She said she had been humbled. The Duchess "
        "said she would return.\n\n"
        "A group calling itself NightHarbor claimed responsibility for the attack. The group said it had "
        "stolen city files.\n\n"
        "The Department for Heritage and the Arts said museums were independent. The Wexcombe Museum will "
        "return the bronzes, its board of trustees announced on Wednesday."
    )
    assert find_quote(r, "had been humbled").speaker == "Duchess of Elmshire"
    assert find_quote(r, "would return").speaker == "Duchess of Elmshire"
    assert find_quote(r, "responsibility").speaker == "NightHarbor"
    assert find_quote(r, "stolen city files").speaker == "NightHarbor"
    assert find_quote(r, "museums were independent").speaker == "Department for Heritage and the Arts"
    assert "board of trustees" in find_quote(r, "return the bronzes").speaker


def test_a_company_spokesperson_speaks_for_the_company_named(read_text) -> None:
    r = read_text(
        "Orbix Inc. lost its antitrust case on Thursday. Orbix said it would appeal. Asked whether Orbix "
        'would comply, a company spokeswoman said only that Orbix "always follows the law."'
    )
    assert find_quote(r, "always follows the law").speaker in ("Orbix", "Orbix Inc", "Orbix Inc.")


def test_local_authorities_go_by_any_word_for_one(read_text) -> None:
    """'the metro', 'the municipality', 'the city' stand for the local authority the story named, which
    the tagger may call a place ('the City of Ekuvela'); a football club named 'City' is none."""
    r = read_text(
        "Residents of the City of Ekuvela will be limited to 50 litres a day, the metro announced on "
        "Wednesday. The municipality said repairs were under way. The city said it would review the "
        "tariffs.\n\nMarrowby Shire Council closed the beach road. The shire said it would reopen soon."
    )
    assert find_quote(r, "limited to 50 litres").speaker == "City of Ekuvela"
    assert find_quote(r, "repairs were under way").speaker == "City of Ekuvela"
    assert find_quote(r, "review the tariffs").speaker == "City of Ekuvela"
    assert find_quote(r, "reopen soon").speaker == "Marrowby Shire Council"
    club = read_text("Manchester City beat Leeds on Sunday. The city said it would review parking.")
    assert find_quote(club, "review parking").speaker != "Manchester City"


def test_names_with_hyphens_particles_and_long_titles(read_text) -> None:
    r = read_text(
        "Marine biologist Dr Helena Vasquez-Reid, of Coral Bight University, said warmer water was "
        "pushing salmon closer to shore.\n\n"
        "Mayoral committee member for water and sanitation Pieter Janse van Rensburg said leaks accounted "
        "for 35% of the water lost. Van Rensburg said repair teams were working around the clock.\n\n"
        "The Wynmark Outfitters and Guides Association said in a statement that poachers were thieves.\n\n"
        "Col. Lorna Haverkamp is chief of law enforcement for the Wynmark Department of Fish and Wildlife. "
        "Data from the department show that citations have risen 22%."
    )
    assert find_quote(r, "pushing salmon").speaker == "Helena Vasquez-Reid"
    assert find_quote(r, "leaks accounted").speaker == "Pieter Janse van Rensburg"
    assert find_quote(r, "repair teams").speaker == "Pieter Janse van Rensburg"
    assert find_quote(r, "poachers were thieves").speaker == "Wynmark Outfitters and Guides Association"
    assert find_quote(r, "citations have risen").speaker == "Wynmark Department of Fish and Wildlife"
    lawyer = read_text("A lawyer for John Smith said he was innocent.")
    assert find_quote(lawyer, "he was innocent").speaker != "John Smith"


def test_who_after_a_title_at_a_body_is_the_person(read_text) -> None:
    r = read_text(
        "The growth was concentrated in the largest cities, said Priya Ramdial, a senior economist at "
        "Fenwell Bank, who estimated that the country needs 480,000 new homes a year. The report was "
        "published by Fenwell Bank, which said rates would rise."
    )
    assert find_quote(r, "480,000 new homes").speaker == "Priya Ramdial"
    assert find_quote(r, "rates would rise").speaker == "Fenwell Bank"


def test_a_spokesperson_off_the_record_is_anonymous_and_keeps_the_body_in_the_name(read_text) -> None:
    r = read_text(
        "A spokeswoman for Fenwell Bank, who declined to be named, said rates would rise. A spokesman for "
        "Ashwin Capital said rates would fall."
    )
    off = find_quote(r, "rates would rise")
    assert off.anonymous and off.speaker == "spokeswoman for Fenwell Bank"
    on = find_quote(r, "rates would fall")
    assert not on.anonymous and on.speaker == "Ashwin Capital"


def test_data_refer_to_the_data_whose_publisher_is_named(read_text) -> None:
    """A lede's 'official figures show' is detailed in the next sentence ('Figures published by X show'),
    and 'the data show' after it goes on meaning those figures; records of a court never named are no
    one's ('Court records show …' is not the last body named)."""
    r = read_text(
        "The number of people waiting for treatment has reached a record 412,000, official figures show.\n\n"
        "Figures published by Heathmoor Health Board on Thursday show that 38,000 patients have waited a "
        "year.\n\nThe board also missed its cancer target, the data show.\n\n"
        "Court records show the surgeon was suspended in 2017."
    )
    assert find_quote(r, "reached a record").speaker == "Heathmoor Health Board"
    assert find_quote(r, "missed its cancer target").speaker == "Heathmoor Health Board"
    court = find_quote(r, "was suspended")
    assert court.speaker_type == "document" and court.speaker == "Court records"
    alone = read_text(
        "Unemployment rose to 5 percent, official figures show. The minister said it was temporary."
    )
    assert find_quote(alone, "Unemployment rose").speaker_type == "document"


def test_a_role_placed_by_a_body_is_the_one_named_with_that_title(read_text) -> None:
    r = read_text(
        "A judicial recount has overturned the result, the council's electoral officer confirmed on Friday.\n\n"
        "Electoral officer Graham Pollard said 14 votes had been wrongly set aside.\n\n"
        "Redwater chief executive Jane Doe said profits rose. The rival firm's chief executive said profits fell."
    )
    assert find_quote(r, "recount has overturned").speaker == "Graham Pollard"
    assert find_quote(r, "profits fell").speaker != "Jane Doe"


def test_people_described_then_named_or_naming_themselves(read_text) -> None:
    r = read_text(
        "An environmental enforcement officer who inspected the bog told the court he found broken "
        "concrete piled high. The officer, Sean Lenihan of Kilcarra County Council, said the waste covered "
        "half an acre.\n\n"
        "A food vendor near Osupa Polytechnic, who gave her name only as Iya Basira, said she had cut her "
        "portions.\n\n"
        "A passenger said the wait was long."
    )
    assert find_quote(r, "broken concrete").speaker == "Sean Lenihan"
    vendor = find_quote(r, "cut her portions")
    assert vendor.speaker == "Iya Basira" and not vendor.anonymous
    assert find_quote(r, "wait was long").anonymous


def test_titles_askers_stations_and_initials(read_text) -> None:
    """A force's name before a title is no part of the name; the one asked answers 'Asked by X'; a
    station the tagger calls a person ('told Sauti FM') is no antecedent of 'he' and relays what it was
    told; initials spelled out once ('(DMA)') are written in full."""
    r = read_text(
        "Garda Sergeant Declan Furlong said a file had been sent to prosecutors. Asked by Judge Oonagh "
        "Brereton whether charges had been brought, he said no decision had yet been made.\n\n"
        "The chairman of the hawkers' association, Peter Ochieng, told Sauti FM that the county had built "
        'only 1,400 stalls. "Where will the other half go?" he said.\n\n'
        "The Department of Migrant Affairs (DMA) suspended deployment on Monday. According to the DMA, "
        "41,000 workers are in Qaltara. An official of the DMA who asked not to be named said the licence "
        "was under review.\n\n"
        "The senator representing Kanbari North, Abubakar Yerima, wrote that farmers had warned the "
        "authorities."
    )
    assert find_quote(r, "a file had been sent").speaker == "Declan Furlong"
    assert find_quote(r, "no decision had yet been made").speaker == "Declan Furlong"
    told = find_quote(r, "1,400 stalls")
    assert told.speaker == "Peter Ochieng" and [v.speaker for v in told.via] == ["Sauti FM"]
    assert told.surface_source is not None and told.surface_source.text.startswith("The chairman")
    assert find_quote(r, "other half go").speaker == "Peter Ochieng"
    assert find_quote(r, "41,000 workers").speaker == "Department of Migrant Affairs"
    official = find_quote(r, "under review")
    assert official.anonymous and official.speaker == "official of the Department of Migrant Affairs"
    assert find_quote(r, "farmers had warned").speaker == "Abubakar Yerima"


def test_her_after_a_name_given_in_apposition_to_the_subject(read_text) -> None:
    r = read_text(
        "The worker, Marites Dela Paz, 34, of San Isidro town in Bantayan del Norte, died on May 14.\n\n"
        "Her family said she had not been paid for four months."
    )
    assert find_quote(r, "not been paid").speaker == "Marites Dela Paz's family"


def test_descriptions_spell_out_the_bodies_the_article_names(read_text) -> None:
    """An unnamed source's or a document's description names the body it mentions by a common word as
    the article names it, but 'a government source' stays one; figures from a body described and never
    named are that description's, not the last body named; guidelines are a document; 'her employer'
    is the employer of the person 'her' stands for."""
    r = read_text(
        "Avian influenza was confirmed at Brightfield Farms in Wendham on Monday. A worker at the farm, who "
        "asked not to be named, said managers had told employees to stay home.\n\n"
        "The Corr Community Trust bought the island. A feasibility study commissioned by the trust found "
        "that the pier needed repairs.\n\n"
        "Peter Ochieng told Sauti FM the stalls were too few. Figures from the county's trade department "
        "show that 1,100 traders have moved.\n\n"
        "The Government denied it. A government source said the plan was on hold.\n\n"
        "The branch's published safety guidelines say the ice must be 70 centimetres thick.\n\n"
        "Cleaner Shelley Paewai, 52, said her employer had told staff there would be no pay rises."
    )
    worker = find_quote(r, "managers had told")
    assert worker.anonymous and worker.speaker == "worker at Brightfield Farms"
    assert (
        find_quote(r, "pier needed repairs").speaker
        == "feasibility study commissioned by the Corr Community Trust"
    )
    assert find_quote(r, "1,100 traders").speaker == "county's trade department"
    assert find_quote(r, "plan was on hold").speaker == "government source"
    assert find_quote(r, "70 centimetres").speaker_type == "document"
    employer = next(q for q in r.quotes if q.content[0].text.startswith("there would be"))
    assert employer.speaker == "Shelley Paewai's employer"


def test_nicknames_abbreviated_ranks_officers_and_people_introduced_next(read_text) -> None:
    r = read_text(
        "Desmond ‘Bongo’ Clarke left the bay on Monday, his family said. Clarke said he survived on "
        "rainwater.\n\n"
        "The coastguard's Lt Cdr Andrea Whyte said the sea was big. Cdr Whyte said rescues were rare.\n\n"
        "The force’s rural crime co-ordinator, PC Elin Prydderch, said most attacks involved pet dogs. "
        "“Keep your dog on a lead,” the officer said.\n\n"
        "A landscaper who has mowed lawns in Ridgeport for 22 years told the council that batteries would "
        "cost $15,000. Luis Ortega-Ramos, who owns Green Ridge Lawn Care, said he supported cleaner air.\n\n"
        "A spokesman said the plan was sound. John Smith, who heads the residents' group, said it was not."
    )
    assert find_quote(r, "survived on rainwater").speaker == "Desmond Clarke"
    assert find_quote(r, "left the bay").speaker == "Desmond Clarke's family"
    assert find_quote(r, "rescues were rare").speaker == "Andrea Whyte"
    assert find_quote(r, "Keep your dog").speaker == "Elin Prydderch"
    assert find_quote(r, "would cost").speaker == "Luis Ortega-Ramos"
    spokesman = find_quote(r, "plan was sound")
    assert spokesman.anonymous and spokesman.speaker != "John Smith"


def test_given_names_common_outside_the_us_census_tell_she_from_he(read_text) -> None:
    """The census lists miss most given names common in Africa, South Asia and elsewhere; the hand list
    beside them tells "she" that Kwame Boakye is a man."""
    r = read_text("Kwame Boakye thanked Ngozi Eze on Monday. She said the plan would work.")
    assert find_quote(r, "plan would work").speaker == "Ngozi Eze"


def test_a_ledes_its_owner_is_the_body_that_speaks_in_the_next_paragraph(read_text) -> None:
    r = read_text(
        "Halstead's Market, the only grocery store in Eastfield, will close Aug. 31, its owner said "
        "Tuesday.\n\nIn a statement, Halstead Foods said the store had lost money for five years.\n\n"
        "The mall, which opened in 1990, will be sold, its owner said. Shoppers were upset.\n\n"
        "Greenway Holdings said nothing."
    )
    assert find_quote(r, "will close Aug. 31").speaker == "Halstead Foods"
    assert find_quote(r, "will be sold").speaker != "Greenway Holdings"  # not the next paragraph's

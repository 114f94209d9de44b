"""Who a reporting cue's subject is, on the dependency parse: the speaker's phrase and where it stops.

Why a module of its own: every attribution rule of ``sourcing.py`` — verb and clause, quote layout,
"according to", the tags' readings — asks the same questions of the parse: which token is the cue's
subject (through conjunction, control and participles), which of several subjects is nearest, where the
speaker's phrase ends (not at an apposition, a relative clause or a wire dateline), and whether the
subject can speak at all. One answer for all of them lives here.
"""

from spacy.tokens import Doc, Span, Token

from presslens.analyze.anonymous import is_record, publishing_clause
from presslens.analyze.lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    MEDIA_NOUNS,
    NOMINAL_CUES,
    ORGANISATION_HEADS,
    OUTLET_COLLECTIVES,
    PEOPLE_ENDINGS,
    RELATIVE_PRONOUNS,
    RELAY_VERBS,
    REPRESENTATIVE_HEADS,
    TITLE_WORDS,
    VAGUE_HEADS,
    cue_verbs,
    dateline_end,
    in_dateline,
)
from presslens.analyze.spans import ends_line, glued_hyphen, of_objects

TEXT_KEY = "presslens.sourcing.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document while the lens runs: spaCy joins every token's text on each
    access, and the rules read the text thousands of times per article."""
    text = doc.user_data.get(TEXT_KEY)
    return text if text is not None else doc.text


def _publisher_clause(clause: Token) -> bool:
    """'data published by the Health Ministry': the clause names who stands behind the data; it stays
    ('figures released on Monday' names no one)."""
    return (
        publishing_clause(clause)
        and is_record(clause.head)
        and any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in clause.children
        )
    )


# Words that open a subordinate clause the parser sometimes hangs on a speaker noun.
_CLAUSE_OPENERS = frozenset(["as", "while", "after", "before", "when", "amid", "because", "since"])


def _initials_inside(bracket: Token, end: int) -> bool:
    """A bracket opening a body's initials that more of the phrase follows: "and" another body, or the
    body's officer ("Hunters' and Trappers' Federation (HTF) secretary general Joe Debono")."""
    doc = bracket.doc
    k = bracket.i
    return (
        bracket.text == "("
        and k + 3 < end
        and doc[k + 1].is_upper
        and doc[k + 2].text == ")"
        and (doc[k + 3].lower_ in ("and", "&") or doc[k + 3].pos_ in ("NOUN", "PROPN"))
    )


def source_span(tok: Token) -> Span:
    """The subject's phrase, cut before an apposition or relative clause set off by a comma, or before a
    subordinate clause hung on it, and without a wire dateline the parser took into it."""
    doc = tok.doc
    start = tok.left_edge.i
    while glued_hyphen(doc, tok.i + 1) and doc[tok.i + 2].head.i == tok.head.i:
        tok = doc[tok.i + 2]  # "my co-director, Ada Okafor, said": the parser made each piece a subject
    while glued_hyphen(doc, start - 1) and doc[start - 2].head.i == tok.head.i:
        start = doc[start - 2].left_edge.i  # the same, given the last piece ("His ex-wife")
    end = tok.right_edge.i + 1
    opened = dateline_end(doc_text(doc), doc[start].idx)
    if opened is not None and opened <= tok.idx:
        # "BRUSSELS (Reuters) - European Union finance ministers agreed …": the wire's dateline is no part
        start = next(t.i for t in doc[start:end] if t.idx >= opened)
    for t in doc[tok.i + 1 : end]:
        if _initials_inside(t, end):
            continue  # "the Children's Fund (UACF) and the Global Health Office (GHO) said": one subject
        if t.text in (",", "(", "—", "–", ":", ";") or not tok.is_ancestor(t):
            # an apposition or aside; or a gap in the phrase, where the parser hung a later list on the
            # subject ("Every honest observer knows what comes next: luxury flats, …")
            end = t.i
            break
        if t.dep_ in ("relcl", "acl") and t.head.i == tok.i and not _publisher_clause(t):
            end = max(tok.i + 1, t.left_edge.i)  # "Officials who asked …" → "Officials"
            break
        if t.head.i == tok.i and t.lower_ in _CLAUSE_OPENERS and doc[t.i - 1].lower_ != "such":
            end = t.i  # a headline's "says union leader as strike enters third week"
            break
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end - 1].ent_type_ and doc[end].is_title:
        end += 1  # "observed Colm Brierly": the parser hung the rest of the name elsewhere
    while (
        end < len(doc)
        and doc[end].is_title
        and doc[end].pos_ in ("ADV", "ADJ")
        and doc[end - 1].pos_ == "PROPN"
        and doc[end].head.i == tok.head.i
        and not doc[end].is_sent_start
    ):
        end += 1  # "Consumer group Fair Deal Now urged": a capitalised word mid-sentence ends the name
    if doc[end - 1].pos_ == "NOUN" and doc[end - 1].i != tok.i:
        # "A survey … by the campaign group Schools Together found": a name the parser left off the
        # description it follows (it made "Together" a second subject)
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].is_title
            and doc[end].head.i != tok.i
            and doc[end].ent_type_ not in ("DATE", "TIME")  # "officials at the agency Monday said"
        ):
            end += 1
    while end > start + 1 and (
        doc[end - 1].is_space
        or (doc[end - 1].is_punct and not is_mark(doc[end - 1]) and doc[end - 1].text != "%")
        or doc[end - 1].lower_ in _EMPHATIC  # "The report itself concedes"
    ):
        end -= 1
    while start < end - 1 and (
        doc[start].is_space or (doc[start].is_punct and not is_mark(doc[start])) or doc[start].pos_ == "CCONJ"
    ):
        start += 1  # a mark or a conjunction opening the sentence ("But the firm's own terms … state")
    if (
        tok.tag_ == "NNS"
        and doc[start].lower_ in ("a", "an")
        and tok.i - start >= 2
        and all(t.tag_ == "NN" and t.dep_ == "compound" for t in doc[start + 1 : tok.i])
    ):
        # "in a decision dentists have warned will …": a contact clause's subject the parser glued to the
        # noun it describes ("a decision"); an "a" cannot count a plural, so the subject is the plural alone
        start = tok.i
    marks = sum(1 for t in doc[start:end] if is_mark(t))
    if marks % 2:
        # 'unnamed "US security officials."': take in the closing mark that the period pushed out
        for j in range(end, min(end + 2, len(doc))):
            if is_mark(doc[j]):
                end = j + 1
                break
        else:
            if is_mark(doc[start]):
                start += 1
            elif is_mark(doc[end - 1]):
                end -= 1
    return doc[start:end]


def is_mark(tok: Token) -> bool:
    return tok.text in ('"', "“", "”", "‘", "’", "'")


#: Prepositions of place that open a sentence, which the small parser may read as the first word of a name.
_PLACE_OPENERS = frozenset({"outside", "inside", "near", "beside", "across", "behind"})


def _names_the_go_between(subject: Token) -> bool:
    """The subject is a name set off right after a spokesman or lawyer an opening phrase mentions ("through
    his lawyer, Atty. X,"): the parser took that apposition for the subject."""
    doc = subject.doc
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != "," or subject.ent_type_ != "PERSON":
        return False
    noun = doc[start - 2]
    return noun.lower_ in REPRESENTATIVE_HEADS and noun.dep_ == "pobj" and not noun.is_ancestor(subject)


def _after_comma_and(verb: Token) -> bool:
    """The verb follows ", and": how a writer joins a second act to a whole first sentence."""
    return [t.text for t in verb.doc[max(verb.i - 2, 0) : verb.i]] == [",", "and"]


def act_after_quotation(verb: Token) -> Token | None:
    """'Ian Garside spoke of “a new chapter for a town that has waited long enough” and pledged that …':
    the parser joins the second act to the last verb inside the quotation; the closing mark before the
    "and" shows the act is the speaker's, joined to the verb in the speaker's tense that the quotation
    hangs on. None for any other conjunct."""
    doc, head = verb.doc, verb.head
    ands = [c for c in head.children if c.dep_ == "cc" and c.i < verb.i]
    if verb.dep_ != "conj" or not ands or ands[-1].i < 1 or doc[ands[-1].i - 1].tag_ != "''":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None  # 'said the government "respects …" and that it hoped …': more of what was said
    opening = next((t for t in reversed(doc[: head.i]) if t.tag_ == "``"), None)
    if opening is None:
        return None
    outer = next((a for a in head.ancestors if a.i < opening.i and a.pos_ in ("VERB", "AUX")), None)
    return outer if outer is not None and outer.tag_ == verb.tag_ else None


def _second_act_of_reporter(verb: Token) -> Token | None:
    """The reporting verb whose subject did ``verb``: a conjunct hung on a verb inside what a reporting
    verb reports — a speech act in the reporter's tense after ", and", joined to a verb that reports no
    speech ("argues that PBW has a duty …, and asks the FRC to …"); or a past-tense verb where the tenses
    tell the two apart: on a modal's verb ("said the road would reopen and thanked residents"), or, after
    ", and", on a present-tense verb of a clause the reported one carries ("said that plants could lay off
    workers if landings stay low, and urged the government to …"). None when ``verb`` is more of what
    was reported."""
    head = verb.head
    if verb.dep_ != "conj":
        return None
    if (
        _after_comma_and(verb)
        and head.dep_ == "ccomp"
        and verb.tag_ == head.head.tag_
        and is_cue_verb(verb)
        and is_cue_verb(head.head)
        # a verb of speech in the passive reports nothing its subject said ("the request had not been
        # answered, and urged riders to …"), nor one with no clause ("must find £6.4m of savings, and warns")
        and not (
            is_cue_verb(head)
            and not any(c.dep_ == "auxpass" for c in head.children)
            and any(c.dep_ in ("ccomp", "xcomp") for c in head.children)
        )
    ):
        # "the association argues that PBW has a duty …, and asks the FRC to …": a second speech act of
        # the reporter's, in the reporter's tense, after a clause that reports no speech
        return head.head
    if verb.tag_ != "VBD":
        return None
    if (
        head.tag_ in ("VB", "VBN")  # "admitted that 150 people could not be operated on, but assured them …"
        and head.dep_ == "ccomp"
        and any(c.tag_ == "MD" for c in head.children)
        and is_cue_verb(head.head)
    ):
        return head.head
    if head.tag_ not in ("VBP", "VBZ"):
        return None
    if head.dep_ == "advcl" and head.head.tag_ == "VBD" and is_cue_verb(head.head):
        # "described the timing, weeks after a rates rise, as 'brutal' and called for …": a past act
        # joined to a present verb of the reporter's own adverbial clause, comma or not
        return head.head
    if not _after_comma_and(verb):
        return None
    node = head
    for _ in range(3):
        if node.dep_ == "ccomp" and is_cue_verb(node.head) and node.head.tag_ == "VBD":
            return node.head
        if node.dep_ not in ("advcl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _second_verb_as_clause(verb: Token) -> bool:
    """'Ms Lucy Mond said teachers had not been paid …, and warned that members could stop work': the
    parser made the second reporting verb, after ", and", a clause of the first; it shares its subject."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VBD"
        and verb.head.tag_ == "VBD"
        and _after_comma_and(verb)
        and is_cue_verb(verb)
        and is_cue_verb(verb.head)
    )


def name_after_one(subjects: list[Token]) -> Token | None:
    """'One, Dean in Hollinsbury, texted:': of a bare "One" and a name after a comma, both of which the
    parser made the verb's subjects, the name (in apposition, as written) speaks."""
    if (
        len(subjects) >= 2
        and subjects[0].lower_ in ("one", "another")
        and subjects[1].left_edge.i == subjects[0].i + 2
        and subjects[0].doc[subjects[0].i + 1].text == ","
        and subjects[1].ent_type_ == "PERSON"
    ):
        return subjects[1]
    return None


def past_opening_participle(subj: Token) -> Token | None:
    """The phrase apposed to an opening participle the parser took for the subject ("Reacting, the
    Commissioner for Information, Mr. X, said"; tagged a verb or, in a longer text, a noun)."""
    following = subj.doc[subj.i + 1 : subj.i + 2]
    if not (subj.is_sent_start and subj.lower_.endswith("ing") and following.text == ","):
        return None
    if subj.tag_ not in ("VBG", "NN", "NNP"):
        return None
    return next((g for g in subj.children if g.dep_ == "appos" and g.i > subj.i), None)


def _with_absolute(verb: Token) -> Token | None:
    """'The Association welcomed the decision, with its president, Haji Muhammad Aslam, saying …': a
    participle right after a "with" phrase set off by a comma, which the parser hung on the clause's verb,
    not on "with", has the with-phrase's noun as its subject (an absolute clause), not the clause's
    subject. A comma after the phrase must close an apposition in it: in "is filing a complaint with the
    board, claiming that …" the claim is the filer's."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.i < 2:
        return None
    for prep in verb.head.children:
        if (
            prep.dep_ != "prep"
            or prep.lower_ != "with"
            or not 0 < prep.i < verb.i
            or doc[prep.i - 1].text != ","
        ):
            continue
        gap = doc[prep.right_edge.i + 1 : verb.i]
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        apposed = bool(objects) and any(c.dep_ == "appos" for c in objects[0].children)
        if objects and (not gap or (gap.text == "," and apposed)):
            return objects[0]
    return None


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The verb's subject, inheriting it through conjunction and control ('declined to say')."""
    text = doc_text(verb.doc)
    lost = root_lost_in_clause(verb) or relative_read_as_clause(verb) or aside_speaker(verb)
    if lost is not None:
        return lost, False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if (
        len(subjects) >= 2
        and any(g.dep_ in ("acl", "relcl") for g in subjects[0].children)
        # one unbroken phrase up to the verb, not "His promises … notwithstanding, independent analyses agree"
        and not any(t.is_punct for t in verb.doc[subjects[0].i : verb.i])
    ):
        # "A nurse trying to get home for her father's funeral said …": the parser gave the verb the
        # clause's last noun as a second subject; the first, whose clause it is, speaks
        return subjects[0], subjects[0].dep_ == "nsubjpass"
    named = name_after_one(subjects)
    if named is not None:
        return named, False
    hung = closing_subject_hung_before(verb)  # before the subject a conjoined verb would inherit
    if hung is not None:
        return hung, False
    absolute = _with_absolute(verb) if not subjects else None
    if absolute is not None:
        return absolute, False
    seen = 0
    node = verb
    while seen < 4:
        swallowed = _swallowed_by_opener(node) if seen else None
        if swallowed is not None:
            return swallowed, False  # "Asked about …, a spokeswoman said … and declined to …"
        for child in nearest_first(node, list(node.children)):
            if child.dep_ not in ("nsubj", "nsubjpass", "csubj") or line_label(child):
                continue  # "Q: Councillor Mathias has described …": the transcript's label is no subject
            if verb.doc[child.left_edge.i].tag_ == "WP$" and any(
                c.dep_ == "nsubj" and c.i < child.i for c in node.children
            ):
                continue  # "her deputy, Carys Penrose, whose Rural Alliance keeps …, was telling": the deputy
            opener = verb.doc[child.left_edge.i]
            apposed = [g for g in child.children if g.dep_ == "appos" and g.i > child.i]
            if opener.lower_ in _PLACE_OPENERS and opener.is_sent_start and apposed:
                # "Outside Parliament, farmers from Bhurkot … said": a capitalised preposition the parser
                # took for a name; the phrase after the comma is the subject
                return apposed[0], child.dep_ == "nsubjpass"
            past = past_opening_participle(child)
            if past is not None:
                return past, child.dep_ == "nsubjpass"
            after = [g for g in child.children if g.dep_ in ("appos", "conj") and g.i > child.i]
            if after and _names_the_go_between(child):
                # "In a statement through his lawyer, Atty. X, the boat's owner, Y, said": X names the lawyer
                # the opening phrase mentions; the phrase set off after X (apposed or, as the parser may
                # have it, conjoined) is who speaks
                return after[0], child.dep_ == "nsubjpass"
            member = _member_of(child)
            if member is not None:
                return member, child.dep_ == "nsubjpass"
            if not in_dateline(text, child.idx):
                return child, child.dep_ == "nsubjpass"
            # "LONDON (Reuters) -" parsed as a subject is not one; the phrase after it, hung on it, is
            ahead = [g for g in child.children if g.dep_ == "appos" and not in_dateline(text, g.idx)]
            if ahead:
                return ahead[-1], child.dep_ == "nsubjpass"
        heard = _heard_doing_passive(node)
        if heard is not None:
            return heard, False
        if node.dep_ == "xcomp":
            objects = [c for c in node.head.children if c.dep_ == "dobj"]
            if objects:
                return objects[0], False  # object control: "led plotters to believe"
        reporter = _second_act_of_reporter(node) or act_after_quotation(node)
        if reporter is not None:
            # "Deverell said officers would patrol the beach, and urged people to …": the parser joined the
            # reporter's second act to the reported verb; the tenses tell them apart
            node = reporter
            seen += 1
            continue
        if (node.dep_ in ("conj", "xcomp") or _second_verb_as_clause(node)) and node.head.i != node.i:
            node = node.head
            seen += 1
            continue
        heard = _heard_doing(node)
        if heard is not None:
            return heard, False
        if node.dep_ == "advcl" and node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children):
            # "A deputy stopped to tell me …", "called to say …": the purpose of the subject's own act
            node = node.head
            seen += 1
            continue
        if (
            (node.dep_ == "advcl" or participle_read_as_clause(node))
            and node.tag_ == "VBG"
            and node.head.i != node.i
        ):
            # "Bell said, adding that …": the participle shares the subject; one closing a reported
            # clause shares the reporter's ("Ruiz insisted that the engineers had …, calling …")
            node = reporting_verb(node) or node.head
            seen += 1
            continue
        if node.dep_ == "pcomp" and node.tag_ == "VBG":
            up = node.head  # "after saying …, she left" / "refuses …, aside from saying …"
            for _ in range(3):
                if up.pos_ in ("VERB", "AUX") or up.head.i == up.i:
                    break
                up = up.head
            if up.pos_ in ("VERB", "AUX") and up.i != node.i:
                node = up
                seen += 1
                continue
        sender = medium_sender(node)
        if sender is not None:
            node = sender
            seen += 1
            continue
        if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN", "PRON"):
            # "officials saying …" speak; "the bill, known as …" is what is named (a reduced passive)
            return node.head, node.tag_ == "VBN"
        apposed = _apposed_to_opening_place(node)
        if apposed is not None:
            return apposed, False
        break
    return None, False


#: What one leaves, sends or puts out "to say" something, besides media and documents.
_SENT_TO_SAY = frozenset({"voicemail", "call", "text", "comment", "word"})


def medium_sender(verb: Token) -> Token | None:
    """'who left us a voicemail to say …', 'issued a statement to say …': the infinitive on a medium the
    subject leaves or sends says what that subject said; the verb of leaving or sending, whose subject
    speaks (the medium does not)."""
    noun = verb.head
    if (
        verb.dep_ in ("acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and noun.dep_ == "dobj"
        and noun.lemma_.lower() in MEDIA_NOUNS | DOCUMENT_NOUNS | _SENT_TO_SAY
        and noun.head.pos_ == "VERB"
    ):
        return noun.head
    return None


def participle_read_as_clause(verb: Token) -> bool:
    """'The service disputed that, saying staffing …': the parser took the pronoun "that" for the mark of
    a clause and the participle after the comma for what was disputed; a mark followed by a comma marks
    nothing, and the participle shares the subject as any closing one does."""
    return verb.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.nbor(1).text == ","
        for c in verb.children
        if c.i < verb.i
    )


_PERCEIVING = frozenset(
    {"pick", "catch", "capture", "record", "hear", "overhear", "see", "show", "film", "remember", "recall"}
)


def _heard_doing(verb: Token) -> Token | None:
    """'Microphones picked up Raske asking Marrow whether …', 'The video shows him telling …': a speech
    participle right after the object of a verb of hearing or recording is what the object did; the
    object speaks, not the microphones; so does one remembered ("She remembers her father, Henri Bouchard,
    telling her that …", the comma after a name in apposition)."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "xcomp", "acl")
        or verb.tag_ != "VBG"
        or head.lemma_.lower() not in _PERCEIVING
    ):
        return None
    before = verb.i - 2 if verb.doc[verb.i - 1].text == "," else verb.i - 1
    objects = [c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == before]
    return objects[0] if objects and objects[0].pos_ in ("PROPN", "PRON", "NOUN") else None


def _heard_doing_passive(verb: Token) -> Token | None:
    """'Declan Fay can be heard telling councillors that …': the passive of ``_heard_doing``; its
    subject is who is heard, and who speaks."""
    head = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VBG" or head.lemma_.lower() not in _PERCEIVING:
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return subjects[0] if subjects else None


def _apposed_to_opening_place(verb: Token) -> Token | None:
    """'At the Muitende Provincial Hospital, the clinical director, Dr X, said …': the parser hung the
    subject on the opening place as its apposition and left the verb without one; the phrase set off
    after the place is who speaks."""
    opening = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.is_sent_start]
    if not opening or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    place = [g for g in opening[0].children if g.dep_ == "pobj"]
    # the phrase nearest the verb, not the place's own description ("In Wierzbnica Górna, a village of
    # 2,300 people …, the sołtys (village head), Stanisław Gąsienica, said") nor an age
    apposed = [
        g
        for p in place
        for g in p.children
        if g.dep_ == "appos" and g.i < verb.i and g.pos_ in ("NOUN", "PROPN") and not g.like_num
    ]
    return apposed[-1] if apposed and verb.doc[apposed[-1].left_edge.i - 1].text == "," else None


def closing_subject_hung_before(verb: Token) -> Token | None:
    """'Pell Harcourt has been fined …, the Audit Standards Board (ASB) said on Wednesday.' read with the
    board in apposition to a noun before it and 'said' a second verb without a subject: the phrase set off
    by a comma right before the verb (past its bracketed initials) is who speaks."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc, k = verb.doc, verb.i - 1
    if k > 2 and doc[k].text == ")" and doc[k - 1].is_upper and doc[k - 2].text == "(":
        k -= 3  # "(ASB)"
    if k < 1 or doc[k].pos_ not in ("PROPN", "NOUN"):
        return None
    noun = doc[k]
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    comma = noun.left_edge.i - 1
    if noun.dep_ != "appos" or noun.right_edge.i > verb.i or comma < 1 or doc[comma].text != ",":
        return None
    return noun


def _member_of(subj: Token) -> Token | None:
    """'MLA V. Durairaj of the opposition Makkal Munnani wrote …': the parser made the party the subject
    and hung the person elsewhere. A person named right before 'of the <description>' that opens the
    subject is who speaks; the body is what they belong to."""
    if subj.ent_type_ not in ("ORG", "PERSON", "NORP"):
        return None  # checked first: this runs for every subject of every cue
    doc = subj.doc
    start = subj.left_edge.i
    people = [
        e for e in doc.ents if e.label_ == "PERSON" and e.end < start and e.sent.start == subj.sent.start
    ]
    if not people:
        return None
    person = people[-1]
    between = doc[person.end + 1 : start]
    if doc[person.end].lower_ != "of" or not between or between[0].lower_ != "the":
        return None
    if not all(t.is_lower and t.pos_ in ("DET", "ADJ", "NOUN") for t in between):
        return None
    return person.root


def root_lost_in_clause(verb: Token) -> Token | None:
    """'Fans who had travelled from as far as Mombika said they …': lost in a long subject's relative
    clause, the small parser makes the subject the sentence's root, hangs the verb on the clause as a
    subordinate one ('as Mombika said', 'since the summer said') and gives it the clause's last noun as
    subject. A sentence whose root is a noun has no main verb of its own: the root is who speaks."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.dep_ != "advcl" or root.i > verb.i:
        return None
    # "Tenants we have spoken to say …": the preposition "spoken to" strands read as the verb's "to"
    stranded = any(
        c.lower_ == "to" and c.i == verb.i - 1 and c.nbor(-1).pos_ == "VERB" for c in verb.children
    )
    if not any(c.dep_ == "mark" for c in verb.children) and not stranded:
        return None
    node = verb
    while node.head.i != node.i and node.dep_ != "relcl":
        node = node.head
    return root if node.dep_ == "relcl" and node.head.i == root.i else None


def agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase ("was told by the hospital", "first reported by the
    Post"): who acted, or relayed, where the subject is who was acted on."""
    return next(
        (
            g
            for c in verb.children
            if c.dep_ == "agent"
            for g in c.children
            # "is expected by the end of the month", "by Friday": a deadline, not who acted
            if g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") and g.lower_ not in _DEADLINES
        ),
        None,
    )


_DEADLINES = frozenset({"end", "start", "middle", "close", "time", "deadline", "then", "now"})


def relative_read_as_clause(verb: Token) -> Token | None:
    """'Residents opposed to a wind farm on the slopes of Slievenaree say …': the parser read the
    subject's reduced relative as a clause — the one the verb reports, or the sentence's root with the
    verb hung on it — and left the verb without a subject. A bare participle (no auxiliary, no object)
    right after its noun and running unbroken into a subjectless verb is that noun's modifier: the noun
    speaks, not the last noun inside the modifier."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    # nothing else of the verb's own before it ("Most opposed the toll" has a subject of sorts)
    before = [c for c in verb.children if c.i < verb.i]
    # … but a time word between them ("Dockworkers spoken to by the Sentinel yesterday said …")
    when = [c for c in before if c.dep_ in ("npadvmod", "advmod") and c.right_edge.i == verb.i - 1]
    until = when[0].left_edge.i if when else verb.i
    left = [
        c
        for c in before
        if c.dep_ == "ccomp" and c.right_edge.i == until - 1 and len(before) == 1 + len(when)
    ]
    above = [verb.head] if verb.dep_ == "ccomp" and verb.head.i < verb.i and not before else []
    for clause in left + above:
        if clause.tag_ not in ("VBN", "VBD", "VBG") or any(
            c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj") for c in clause.children
        ):
            continue
        if any(t.is_punct and t.tag_ != "HYPH" for t in verb.doc[clause.i : verb.i]):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i == clause.i - 1]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            return subjects[0]
    return None


def aside_read_as_clause(verb: Token) -> Token | None:
    """'Mayor Gail Ostrow, asked about the auctions on Tuesday, said she …': the parser read the name and
    the participle aside set off by commas as a clause of their own, fronted content the verb reports,
    and left the verb without a subject. Returns that participle: its subject speaks, and what the verb
    reports is its other clause. A bare participle (no auxiliary, marker or object) between commas, right
    after a noun and running into the subjectless verb, is an aside on the noun, not reported speech."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    doc = verb.doc
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i):
        if (
            clause.tag_ not in ("VBN", "VBD")
            or clause.right_edge.i != verb.i - 1
            or doc[verb.i - 1].text != ","
        ):
            continue
        if any(c.dep_ in ("aux", "auxpass", "neg", "mark", "dobj", "ccomp") for c in clause.children):
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i]
        if (
            subjects
            and subjects[0].pos_ in ("NOUN", "PROPN")
            and subjects[0].right_edge.i in (clause.i - 2, clause.i - 1)
            and doc[clause.i - 1].text == ","
            and subjects[0].left_edge.i == clause.left_edge.i
        ):
            return clause
    return None


def aside_speaker(verb: Token) -> Token | None:
    """The subject of the aside ``aside_read_as_clause`` finds ("Mayor Gail Ostrow"), or the one an
    opening participle swallowed (``_swallowed_by_opener``), or None."""
    clause = aside_read_as_clause(verb)
    if clause is not None:
        return next(c for c in clause.children if c.dep_ == "nsubj")
    return _swallowed_by_opener(verb)


def _swallowed_by_opener(verb: Token) -> Token | None:
    """'Asked about the transfers, a Lendara spokeswoman, Lena Fairbrook, said …': the parser joined
    the subject to the opening participle's last noun as its conjunct and left the verb without one;
    the noun after the comma that closes the participle's phrase speaks."""
    openers = [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "nsubj", "csubj")
        and c.tag_ in ("VBN", "VBG")
        and c.is_sent_start
        and c.i < verb.i
    ]
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and c not in openers]
    if not openers or others:
        return None
    # the parser may also make the participle the subject and the noun its object's apposition
    return next(
        (
            t
            for t in openers[0].subtree
            if t.dep_ in ("conj", "appos")
            and t.pos_ in ("NOUN", "PROPN")
            and t.i < verb.i
            and verb.doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )


def reporting_verb(participle: Token) -> Token | None:
    """The reporting verb whose clause a speech participle closes, or None.

    In "Ruiz insisted that the engineers had signed off on the design, calling the criticism …" the
    parser hangs 'calling' on 'signed', inside what Ruiz said; a speech act set off by a comma after a
    reported clause is the reporter's own next act, not the act of that clause's subject.
    """
    head = participle.head
    if not (
        participle.tag_ == "VBG"
        and participle.dep_ == "advcl"
        and participle.lemma_.lower() in cue_verbs()
        and head.dep_ in ("ccomp", "xcomp")  # "urged people not to speculate …, saying": the urger's
        and head.i < participle.i
        and head.head.lemma_.lower() in cue_verbs()
        and head.head.i < head.i  # not a verb inside the quotation the parser hung the sentence on
        and participle.i > 0
        and participle.doc[participle.i - 1].text == ","
    ):
        return None
    return head.head


def line_label(tok: Token) -> bool:
    """A transcript's line label ("Q:", "MATHIAS:"): a word that opens its line, followed by a colon."""
    doc = tok.doc
    opens = tok.i == 0 or ends_line(doc[tok.i - 1])
    return opens and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":"


def subject_outside(verb: Token, start: int, end: int) -> Token | None:
    """The verb's subject outside the quotation ``[start, end)``: in '"One of the best," Smith said' the
    parser may give 'said' both 'One' and 'Smith' as subjects."""
    subj, _ = subject_of(verb)
    if subj is None or not start <= subj.idx < end:
        return subj
    others = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and not start <= c.idx < end]
    return others[0] if others else None


def outer_speaker(cue: Token, subj: Token | None) -> Token | None:
    """'The senator said the bill was unfair and promised to vote …': the parser coordinates 'promised'
    with 'was' inside the reported clause, so the inherited subject is 'the bill'; a thing cannot promise,
    the reporting verb's speaker did."""
    head = cue.head
    if cue.dep_ != "conj" or subj is None or animate(subj) or head.dep_ != "ccomp":
        return subj
    outer, _ = subject_of(head.head) if is_cue_verb(head.head) else (None, False)
    # the reporter may be a body described by its noun ("The family advocacy group Keep Families Close")
    speaks = outer is not None and (animate(outer) or outer.lemma_.lower() in ORGANISATION_HEADS)
    return outer if speaks else subj


def animate(tok: Token) -> bool:
    """A mention that can say or do something: a person, body, group, pronoun or role."""
    return (
        tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or (tok.pos_ == "PRON" and tok.lower_ not in ("it", "this", "that", "which"))
        or tok.lower_ in ANONYMOUS_HEADS | VAGUE_HEADS | OUTLET_COLLECTIVES | TITLE_WORDS | _PEOPLE
        # people by what they do ("inspectors", "a surveyor"), not a body ("the regulator" is one above)
        or (tok.tag_ == "NNS" and tok.lower_.endswith(PEOPLE_ENDINGS))
        or (tok.tag_ == "NN" and tok.lower_.endswith(DOER_ENDINGS) and tok.lower_ not in ORGANISATION_HEADS)
    )


#: Endings of a singular noun for someone who does something ("surveyor", "economist"); not "-ent" or
#: "-ant", which end "government" and "statement" as often as "resident".
DOER_ENDINGS = ("er", "or", "ist", "ian")


#: People named by plurals no ending gives away, and by the plainest words for a person ("a man").
_PEOPLE = frozenset(
    {"people", "thieves", "children", "police", "staff", "villagers", "farmers", "man", "woman", "men", "women",
     "boy", "girl", "child"}
)  # fmt: skip


def inverted_object(verb: Token, quoted: bool = False) -> Token | None:
    """'"We have never seen water this high," observed Colm Brierly': the parser may read the speaker of
    an inverted quotative as the verb's object. Only right after a closing quotation mark, with no
    subject, and only a speaker-like phrase (no pronoun) starting right after the verb. ``quoted``: the
    caller found the verb's subject inside the quotation it reports ('"… Cheers, Saltmarsh," wrote one'),
    which is then no subject and the quotation is what the verb reports."""
    before = doc_text(verb.doc)[max(0, verb.idx - 6) : verb.idx].rstrip(" ,—–-")
    if not before.endswith(("”", "’", '"', "'", "»")) or (
        not quoted and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    if not quoted and not any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return None  # the quotation is not what the verb reports: 'the "Russian March," denounced immigrants
    for c in verb.children:
        if c.dep_ in ("dobj", "attr") and c.left_edge.i == verb.i + 1 and c.lower_ in ("one", "another"):
            return c  # '"…," wrote one, posting as …': one of those just mentioned
        if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1 and speaker_like(c) and c.pos_ != "PRON":
            return c
    return None


def speaker_like(tok: Token) -> bool:
    """Subjects that can speak: people, bodies, pronouns, anonymous heads — not 'the claim'."""
    if tok.lemma_.lower() in NOMINAL_CUES or tok.lower_ in ("it", "this", "that", "which"):
        return False
    return (
        tok.pos_ in ("PROPN", "PRON", "NOUN")
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or tok.lower_ in ANONYMOUS_HEADS | OUTLET_COLLECTIVES
    )


def in_modifier(tok: Token, head: Token) -> bool:
    """``tok`` hangs on ``head`` through a prepositional phrase ("the couple" in "a source close to the
    couple"): it describes who speaks, it does not speak."""
    node = tok
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj":
            return True
        node = node.head
    return False


_EMPHATIC = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves"})


#: Words that take a share of a group named before: "some of them", "most of those".
_PARTITIVES = frozenset({"some", "many", "most", "all", "none", "several", "few", "each", "both"})


def nearest_first(cue: Token, subjects: list[Token]) -> list[Token]:
    """A cue's subjects, the one that speaks first, when the parser gives a cue several.

    As a rule the one nearest before the cue speaks ("… after their wedding, a source close to the
    couple has claimed", "People like Scott, he said"), but not a time phrase ("… forecast that afternoon
    called for") or an emphatic reflexive ("had itself advised"). Two that are one phrase read in pieces speak as
    that phrase's head: the last piece of a hyphenated word ("The co-founder", "His ex-wife"), the first
    of a list ("The family, protesters and civic leaders have …") or of an apposition closed by a comma
    ("Ban Ki-moon, the secretary general, vowed").
    """
    doc = cue.doc

    def hyphened(first: Token, second: Token) -> bool:
        gap = doc[first.right_edge.i + 1 : second.left_edge.i]
        return len(gap) == 1 and glued_hyphen(doc, gap.start)

    def listed(first: Token, second: Token) -> bool:
        if doc[first.right_edge.i + 1 : second.left_edge.i].text != ",":
            return False
        if first.lower_ in _PARTITIVES and any(
            o.tag_ == "PRP" or o.lower_ in ("those", "these") for o in of_objects(first)
        ):
            return False  # "…, some of them for two weeks, patients and relatives told": an aside, no list

        end = second.right_edge.i
        while end > second.i and doc[end].is_punct:
            end -= 1  # the comma closing an apposition hangs on it
        closed = end + 1 < len(doc) and doc[end + 1].text == ","
        return closed or any(c.dep_ == "conj" for c in second.children)

    heads = [c for c in subjects if c.dep_.startswith("nsubj") and not c.is_punct]

    def rank(c: Token) -> tuple[bool, bool, bool, int]:
        piece = (
            c.is_punct
            or any(o.i < c.i and listed(o, c) for o in heads)
            or any(o.i > c.i and hyphened(c, o) for o in heads)
        )
        # "Skyline's own forecast that afternoon also called for …", "A report … had itself advised": a
        # time phrase or an emphatic reflexive the parser made a second subject says when, or stresses who
        aside = len(heads) > 1 and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _EMPHATIC)
        return (c.i > cue.i, aside, piece, abs(cue.i - c.i))

    return sorted(subjects, key=rank)


def verb_of_source(doc: Doc, cue: Span, run: tuple[int, int] | None) -> Span:
    """A tagged cue inside the source's own phrase ("a source close [to] the couple has claimed") is the
    verb that phrase is the subject of, when that verb reports; else the cue as tagged."""
    source = doc.char_span(*run, alignment_mode="expand") if run else None
    if (
        source is None
        or cue.root.pos_ in ("VERB", "AUX")
        or not any(t.i == cue.root.i for t in source.root.subtree)
    ):
        return cue
    verb = source.root.head
    if source.root.dep_ != "nsubj" or not is_cue_verb(verb):
        return cue
    start, end = cue_range(verb)
    return doc.char_span(start, end, alignment_mode="expand") or cue


#: Dependents that sit inside a noun phrase, left of its head ("rainfall totals", "the two severe warnings").
_PHRASE_INTERNAL = frozenset({"compound", "amod", "det", "nummod", "poss", "nmod", "quantmod", "case"})


def whole_phrases(doc: Doc, cue: Span, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Tagged content that starts on a noun phrase's head takes in the words before it in that phrase.

    Why: the tags read word piece by word piece and can leave out a phrase's first words ("saying
    [rainfall] totals of up to 180mm are possible"); the parse knows where the phrase begins. Only the
    first word of each range is widened, only over its own phrase-internal dependents, and never over
    the cue.
    """
    out = []
    for a, b in ranges:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None:
            out.append((a, b))
            continue
        first = span[0]
        left = [c for c in first.lefts if c.dep_ in _PHRASE_INTERNAL and c.left_edge.i < first.i]
        start = min((c.left_edge for c in left), key=lambda t: t.i, default=first)
        if first.dep_ in ("compound", "amod", "nummod") and first.head.i > first.i:
            # "[a] council officer who visited …": the run opens on a modifier; its noun's article belongs
            ahead = [c for c in first.head.lefts if c.dep_ in _PHRASE_INTERNAL and c.i < first.i]
            start = min([start, *(c.left_edge for c in ahead)], key=lambda t: t.i)
        antecedent = _relative_antecedent_before(first)
        if (
            antecedent is not None
            and cue.end <= antecedent.left_edge.i < start.i
            and not _addressed(antecedent, cue.root)  # "told a meeting of leaders that …": no relative
        ):
            start = antecedent.left_edge  # "said [a council officer] who visited … had told them …"
        if start.i < first.i and not (cue.start <= start.i < cue.end or start.i < cue.end <= first.i):
            a = start.idx
        out.append((a, b))
    return out


def last_phrase_whole(doc: Doc, cue: Span, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The last range, where it stops in the cue's sentence on a word whose noun comes after it ("praised
    [Melania Trump's] sparkling debut", "sought [donations in] far greater amounts"), runs on to that
    noun's phrase's end: the tags broke off mid-phrase. (After ``_whole_complements``, which completes a
    clause broken off before a word and leaves one stopped at punctuation.)"""
    if not ranges:
        return ranges
    span = doc.char_span(*ranges[-1], alignment_mode="expand")
    if span is None:
        return ranges
    last = span[-1]
    head = last.head if last.dep_ == "case" else last  # "Trump's": the possessive marker's noun
    while head.dep_ in _PHRASE_INTERNAL and head.head.i > head.i:
        head = head.head
    if head.i <= last.i and not (last.dep_ == "prep" and any(c.dep_ == "pobj" for c in last.children)):
        return ranges  # (a preposition whose object the tags left off runs on over it)
    end = head.right_edge
    if last.sent != cue.root.sent or end.i <= last.i or end.sent != last.sent or last.i < cue.start <= end.i:
        return ranges
    if any(t.text in (";", ":") or (t.is_space and "\n" in t.text) for t in doc[last.i : end.i + 1]):
        return ranges
    return [*ranges[:-1], (ranges[-1][0], end.idx + len(end.text))]


def _addressed(noun: Token, verb: Token) -> bool:
    """The noun is (in) the phrase the verb addresses: its object ("told [a meeting of leaders]")."""
    top = noun
    while top.head.i != top.i and top.head.i != verb.i:
        top = top.head
    return top.head.i == verb.i and top.dep_ in ("dobj", "dative", "iobj")


def _relative_antecedent_before(first: Token) -> Token | None:
    """The noun a relative clause opened by ``first`` hangs on ("who" of "a council officer who visited")."""
    if first.tag_ not in ("WP", "WDT", "WP$"):
        return None
    clause = next((a for a in first.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.left_edge.i != first.i:
        return None
    return clause.head if clause.head.i < first.i else None


def cue_range(verb: Token) -> tuple[int, int]:
    """Char range of the cue: the verb with its auxiliaries, particles and negation."""
    parts = [verb] + [
        c
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "prt", "neg")
        and abs(c.i - verb.i) <= 3
        # not the first word of a hyphenated phrase read as a particle ("said back-to-school spending …")
        and not (
            c.dep_ == "prt" and c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == "-" and not c.whitespace_
        )
    ]
    # not across a quote mark: in 'he had "always known she was …"' the cue is the quoted word's
    lo_i, hi_i = min(p.i for p in parts), max(p.i for p in parts)
    marks = [t.i for t in verb.doc[lo_i : hi_i + 1] if is_mark(t)]
    parts = [p for p in parts if not any(min(p.i, verb.i) < m < max(p.i, verb.i) for m in marks)]
    lo = min(p.idx for p in parts)
    hi = max(p.idx + len(p.text) for p in parts)
    return lo, hi


def is_cue_verb(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in _RULINGS and any(c.tag_ == "MD" for c in tok.children):
        return False  # "unclear whether the judges would rule that …": a ruling not yet given reports nothing
    if lemma == "continue" and any(c.dep_ == "xcomp" and not is_cue_verb(c) for c in tok.children):
        return False  # "Trump continues to dominate the field" goes on doing, not saying ("continued to question")
    return tok.pos_ in ("VERB", "AUX") and (lemma in cue_verbs() or lemma in RELAY_VERBS or _retort(tok))


#: Verbs of a court's decision: a report only once the decision is given.
_RULINGS = frozenset({"rule"})


#: Verbs that report a retort with "back": "'It's also not true,' Kowalczyk-Reyes shot back".
_RETORTS = frozenset({"shoot", "hit", "fire", "snap", "push"})


def _retort(tok: Token) -> bool:
    """A retort verb with "back" right after it, which only then reports speech ("police shot back" is
    the same form: the speech reading needs the quotation or clause a cue rule finds)."""
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" and c.i == tok.i + 1 for c in tok.children)
    return tok.lemma_.lower() in _RETORTS and back


def relative_antecedent(subj: Token) -> Span | None:
    """'Gov. Diane Whitacre, who has called …': the phrase a relative pronoun subject stands for, or None."""
    if subj.lower_ in RELATIVE_PRONOUNS and subj.head.dep_ == "relcl":
        noun = subj.head.head
        return source_span(_person_above(noun) if subj.lower_ in ("who", "whom") else _thing_above(noun))
    return None


def _thing_above(noun: Token) -> Token:
    """'a service bulletin issued by Vantor on 3 June, which calls for …': the parser hangs the clause on
    the nearest noun, but a date says nothing; the noun the date is attached under does; and a
    description in apposition to a name stands for that name."""
    node = noun
    while node.ent_type_ in ("DATE", "TIME") and node.head.i != node.i:
        node = node.head
        while node.pos_ not in ("NOUN", "PROPN") and node.head.i != node.i:
            node = node.head
    if node.dep_ == "appos" and node.pos_ == "NOUN" and node.head.pos_ == "PROPN" and node.head.i < node.i:
        # "Lendara, a crypto lending platform that says …": the description stands for the name
        return node.head
    return node if node.pos_ in ("NOUN", "PROPN") and node.ent_type_ not in ("DATE", "TIME") else noun


def _person_above(noun: Token) -> Token:
    """'Priya Ramdial, a senior economist at Fenwell Bank, who estimated …': the parser hangs the clause on
    the nearest noun, but a 'who' is a person's, so from a body or place climb through the preposition
    and the apposition it sits in to the person they describe."""
    places = ("ORG", "GPE", "FAC", "LOC")  # not "Democrats and Republicans, who …": they are people
    # "Donald Trump … is a serial liar, … and birther who has repeatedly pledged …": what the named
    # subject is said to be, through the coordinated descriptions, is that person
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ == "attr" and first.head.lemma_ == "be":
        verb = first.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None and verb.dep_ == "conj":  # "X incites … and is a …": the shared subject
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "PERSON":
            return subject
    tok = noun
    while tok.ent_type_ in places and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head.head
        if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
            tok = tok.head
    # the person, or a person's title in apposition ("a senior economist"); never a thing the body
    # hangs on ("a retort to both Democrats …")
    if tok.ent_type_ == "PERSON" or (tok.pos_ == "NOUN" and tok.dep_ == "appos"):
        return tok
    # "Brendan Cole, 74, from Tullagh, who tells …", with "from Tullagh" hung elsewhere: the person named
    # just before the age and the place
    doc, k = noun.doc, noun.left_edge.i - 1
    while k >= 0 and (doc[k].is_punct or doc[k].like_num or doc[k].lower_ in ("from", "of", "in")):
        k -= 1
    return doc[k] if k >= 0 and doc[k].ent_type_ == "PERSON" and noun.ent_type_ != "PERSON" else noun

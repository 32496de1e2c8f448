from homscheck.text import LineIndex, sentences


def test_sentences_keep_offsets() -> None:
    text = "Col. Smith said it. The U.S. envoy left on Monday! Did he?  Yes."
    found = list(sentences(text))
    assert [s.text for s in found] == [
        "Col. Smith said it.",
        "The U.S. envoy left on Monday!",
        "Did he?",
        "Yes.",
    ]
    for s in found:
        assert text[s.start : s.end] == s.text


def test_initials_do_not_end_a_sentence() -> None:
    text = "According to Jane Q. Public, the road is open."
    assert [s.text for s in sentences(text)] == [text]


def test_a_professions_title_ends_no_sentence_but_the_word_does() -> None:
    text = "The commissioner, Arc. Kehinde Ajayi, spoke. It followed an arc. Then it fell."
    assert [s.text for s in sentences(text)] == [
        "The commissioner, Arc. Kehinde Ajayi, spoke.",
        "It followed an arc.",
        "Then it fell.",
    ]


def test_a_time_ends_a_sentence_before_a_new_one() -> None:
    text = "The truce starts at 7 a.m. Some 40 trucks wait at the border. It ends at 6 p.m. Friday."
    assert [s.text for s in sentences(text)] == [
        "The truce starts at 7 a.m.",
        "Some 40 trucks wait at the border.",
        "It ends at 6 p.m. Friday.",
    ]


def test_a_time_goes_on_with_its_zone_or_month() -> None:
    for text in ("Polls closed at 8 p.m. Eastern on Tuesday.", "It began at 9 a.m. March 3."):
        assert [s.text for s in sentences(text)] == [text]


def test_blank_line_ends_a_paragraph() -> None:
    text = "Headline without a full stop\n\nBody starts here."
    assert [s.text for s in sentences(text)] == [
        "Headline without a full stop",
        "Body starts here.",
    ]


def test_line_index() -> None:
    text = "ab\ncd\n\nef"
    index = LineIndex(text)
    assert index.position(0) == (1, 1)
    assert index.position(4) == (2, 2)
    assert index.position(7) == (4, 1)


def test_sentences_glued_by_scraping_are_split() -> None:
    text = "said their aunt.This homicide came a day later.A man was shot."
    assert [s.text for s in sentences(text)] == [
        "said their aunt.",
        "This homicide came a day later.",
        "A man was shot.",
    ]


def test_no_split_inside_abbreviations_names_or_addresses() -> None:
    for text in ["He moved to St.Louis in May.", "The U.S.Army said so.", "Visit nbcnews.com now.",
                 "Go to www.Example.org today."]:  # fmt: skip
        assert [s.text for s in sentences(text)] == [text]


def test_a_bulletins_lines_are_sentences_of_their_own() -> None:
    # a bullet or a label opens a line of its own: "Deaths: 9" is not of the Nairobi line
    text = (
        "KEY FIGURES\n- Deaths: 9 (6 at the scene)\n- Patients airlifted to Nairobi: 6\n"
        "Position: approx. 280 nm east of Eyl\nDate/time: Sunday 21 January 2024"
    )
    assert [s.text for s in sentences(text)] == [
        "KEY FIGURES",
        "- Deaths: 9 (6 at the scene)",
        "- Patients airlifted to Nairobi: 6",
        "Position: approx. 280 nm east of Eyl",
        "Date/time: Sunday 21 January 2024",
    ]


def test_a_line_broken_sentence_stays_one() -> None:
    text = "The ministry said that the\ntoll was 5 and - he said -\nmore would follow."
    assert [s.text for s in sentences(text)] == [text]

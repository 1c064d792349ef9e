import pytest

from summarizer import InputTypeError, NoMainTextError
from summarizer.html import extract_article

PAGE = (
    "<html><head><title>Flood warning for York</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/w'>Weather menu link</a></nav>"
    "<article><h1>Flood warning for York</h1>"
    "<p>The river Ouse rose two metres overnight and the council opened three shelters in the city.</p>"
    "<p>Residents of streets near the river were told to move valuables upstairs before the evening.</p>"
    "</article><footer>Copyright footer text, all rights reserved</footer></body></html>"
)


def test_main_text_and_title_without_boilerplate():
    article = extract_article(PAGE)
    assert article.title == "Flood warning for York"
    assert "river Ouse" in article.text and "menu" not in article.text and "Copyright" not in article.text
    assert "\n\n" in article.text  # paragraphs separated by a blank line
    assert extract_article(PAGE.encode("utf-8")).text == article.text


@pytest.mark.parametrize("page", ["", "   ", "<html><body></body></html>"])
def test_a_page_without_main_text_is_a_named_error(page):
    with pytest.raises(NoMainTextError):
        extract_article(page)


def test_a_non_string_is_an_input_type_error():
    with pytest.raises(InputTypeError):
        extract_article(5)


def test_metadata_is_kept_and_labels_are_left_out():
    from webpages import ARTICLE

    article = extract_article(ARTICLE, url="https://example.org/york")
    assert (article.author, article.date, article.site_name) == ("Jane Smith", "2025-04-23", "York Press")
    assert article.url == "https://example.org/york"
    assert article.text.startswith("Flood warning for York\n\nThe river Ouse")
    assert "More from York" not in article.text and "World" not in article.text


@pytest.mark.parametrize("name, message", [("PAYWALL", "paywall"), ("NAVIGATION", "only links")])
def test_a_paywall_or_a_page_of_links_has_no_main_text(name, message):
    import webpages

    with pytest.raises(NoMainTextError, match=message):
        extract_article(getattr(webpages, name))


def test_page_furniture_inside_the_text_is_left_out():
    page = (
        "<html><body><article><h1>Council backs new bridge</h1>"
        "<p>The council voted on Tuesday to build a new bridge across the river after a long debate.</p>"
        "<p>Advertisement</p><p>Read more</p>"
        "<p>Work starts next year, officials said, and the bridge will cost ten million pounds.</p>"
        "</article></body></html>"
    )
    text = extract_article(page).text
    assert "Advertisement" not in text and "Read more" not in text and "Work starts next year" in text

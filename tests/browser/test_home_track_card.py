"""Stranger finding: the home page's "Lacak" card had a placeholder (LPR-2026-7K3QX / PPID/2026/000123) that
only just fitted the input on a 360 px phone. The examples are now a hint under the label, tied to the input
(aria-describedby), which wraps inside the card; the input has no placeholder to cut off."""

import pytest

from tests.browser.conftest import assert_accessible

pytestmark = pytest.mark.django_db(transaction=True)  # as every browser test (tests/browser/conftest.py)

FITS = """() => {
  const card = document.querySelector('#lacak-title').closest('.card').getBoundingClientRect();
  const hint = document.querySelector('#home-track-code-hint').getBoundingClientRect();
  const input = document.querySelector('#home-track-code').getBoundingClientRect();
  return {hint_inside: hint.left >= card.left && hint.right <= card.right + 0.5,
          input_inside: input.right <= card.right + 0.5, hint_lines: Math.round(hint.height / 16),
          page_fits: document.documentElement.scrollWidth <= window.innerWidth};
}"""


def test_the_track_card_example_wraps_inside_the_card_on_a_360_px_phone(page, demo):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto("/")
    code = page.locator("#home-track-code")
    assert code.get_attribute("placeholder") is None
    assert code.get_attribute("aria-describedby") == "home-track-code-hint"
    hint = page.locator("#home-track-code-hint")
    assert hint.is_visible() and "KEB/2026/000045" in hint.inner_text()
    fits = page.evaluate(FITS)
    assert fits["hint_inside"] and fits["input_inside"] and fits["page_fits"], fits
    assert fits["hint_lines"] >= 2, fits  # it wraps instead of being cut
    assert_accessible(page)

#!/usr/bin/env python3
"""Browser test of `tipcheck check --format html`, in headless Chromium.

Speaks WebDriver over HTTP to chromedriver with the standard library only. Needs Debian's
`chromium` and `chromium-driver` (/usr/bin/chromium, /usr/bin/chromedriver) and a built tipcheck
(`cargo build`). Prints one line per test and `N passed, N failed`; exits 1 if any test failed,
2 if the browser could not be started.

    python3 tests/browser/report_test.py [--tipcheck target/debug/tipcheck] [--screenshot FILE]
"""

import argparse
import base64
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = "fixtures/trafficking-event.md"
CONSISTENT = "fixtures/consistent.md"
HOSTILE = "fixtures/hostile-article.txt"
HOSTILE_TABLE = "fixtures/hostile-claims.toml"
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
# No network here: keep Chromium from reaching out (see the project's CI notes).
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--window-size=1280,1500",
    "--hide-scrollbars",
]


class WebDriverError(Exception):
    pass


class Browser:
    """A chromedriver process and one session in it."""

    def __init__(self, chromium, chromedriver, workdir):
        self.profile = tempfile.mkdtemp(prefix="profile-", dir=workdir)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        self.log = open(os.path.join(workdir, "chromedriver.log"), "wb")
        self.driver = subprocess.Popen(
            [chromedriver, f"--port={port}"], stdout=self.log, stderr=subprocess.STDOUT
        )
        self.session = None
        deadline = time.monotonic() + 30
        while True:
            try:
                if self._call("GET", "/status")["ready"]:
                    break
            except (OSError, WebDriverError):
                pass
            if self.driver.poll() is not None or time.monotonic() > deadline:
                raise WebDriverError("chromedriver did not start; see chromedriver.log")
            time.sleep(0.1)
        caps = {
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {
                        "binary": chromium,
                        "args": CHROMIUM_FLAGS + [f"--user-data-dir={self.profile}"],
                    },
                }
            }
        }
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            self.base + path, data=data, method=method,
            headers={"Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return json.load(resp)["value"]
        except urllib.error.HTTPError as e:
            value = json.load(e).get("value", {})
            raise WebDriverError(f"{value.get('error')}: {value.get('message', '')[:300]}")

    def cmd(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def open(self, path):
        self.cmd("POST", "/url", {"url": Path(path).resolve().as_uri()})

    def find(self, selector, xpath=False):
        using = "xpath" if xpath else "css selector"
        return self.cmd("POST", "/element", {"using": using, "value": selector})[ELEMENT]

    def find_all(self, selector):
        found = self.cmd("POST", "/elements", {"using": "css selector", "value": selector})
        return [e[ELEMENT] for e in found]

    def click(self, element):
        self.cmd("POST", f"/element/{element}/click", {})

    def text(self, element):
        return self.cmd("GET", f"/element/{element}/text")

    def attribute(self, element, name):
        return self.cmd("GET", f"/element/{element}/attribute/{name}")

    def displayed(self, element):
        return self.cmd("GET", f"/element/{element}/displayed")

    def run(self, script, *elements):
        """Runs `script` with `elements` as `arguments`."""
        return self.cmd(
            "POST", "/execute/sync", {"script": script, "args": [{ELEMENT: e} for e in elements]}
        )

    def in_view(self, element):
        return self.run(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;",
            element,
        )

    def screenshot(self, path):
        png = base64.b64decode(self.cmd("GET", "/screenshot"))
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(png)
        return len(png)

    def cdp(self, command, params):
        return self.cmd("POST", "/goog/cdp/execute", {"cmd": command, "params": params})

    def close(self):
        try:
            if self.session:
                self.cmd("DELETE", "")
        except (OSError, WebDriverError):
            pass
        finally:
            self.driver.terminate()
            try:
                self.driver.wait(10)
            except subprocess.TimeoutExpired:
                self.driver.kill()
            self.log.close()
            shutil.rmtree(self.profile, ignore_errors=True)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def claim_with_text(text):
    return (
        "//a[contains(concat(' ', normalize-space(@class), ' '), ' claim ')]"
        f"[span[@class='claim-text' and normalize-space(.)='{text}']]"
    )


# --- the tests -------------------------------------------------------------------------------


def test_clicking_the_3_3_million_claim_opens_the_ilo_card(b, reports, shots):
    b.open(reports["fixture"])
    check(b.run("return document.documentElement.classList.contains('js');"),
          "the inline script did not run: is its hash in the Content-Security-Policy?")
    claim = b.find(claim_with_text("3.3 million"), xpath=True)
    card = b.find("#" + b.attribute(claim, "aria-controls"))
    check(not b.displayed(card), "the card shows before the claim is clicked")
    check(b.attribute(claim, "data-figure") == "ilo-gems-2022-children-forced-labour",
          "the claim is not tied to the ILO forced-labour figure")
    b.click(claim)
    check(b.displayed(card), "clicking the claim did not open its card")
    check(b.attribute(claim, "aria-expanded") == "true", "aria-expanded is not true")
    text = b.text(card)
    for want in ["ILO, Walk Free and IOM",
                 "Global Estimates of Modern Slavery: Forced Labour and Forced Marriage",
                 "children in forced labour", "Wrong metric", "3.3 million",
                 "Suggested wording", "2022"]:
        check(want in text, f"the card does not show {want!r}:\n{text}")
    link = b.find(f"#{b.attribute(card, 'id')} a[href^='https://']")
    check(b.displayed(link), "the source link is not shown")
    check(b.in_view(card), "the open card is not scrolled into view")
    size = b.screenshot(shots)
    check(size > 10_000, f"the screenshot is suspiciously small ({size} bytes)")


def test_styles_apply_and_nothing_is_fetched(b, reports, shots):
    b.open(reports["fixture"])
    claim = b.find(claim_with_text("tripled"), xpath=True)
    background = b.run("return getComputedStyle(arguments[0]).backgroundColor;", claim)
    check(background not in ("rgba(0, 0, 0, 0)", "transparent"),
          f"the inline style did not apply (claim background {background})")
    label = b.find(f"#{b.attribute(claim, 'id')} .tag")
    check(b.text(label) == "wrong metric", "the claim has no text label")
    fetched = b.run("return performance.getEntriesByType('resource').map(e => e.name);")
    check(fetched == [], f"the page fetched {fetched}")


def test_a_finding_in_the_panel_scrolls_to_its_claim(b, reports, shots):
    b.cmd("POST", "/window/rect", {"width": 1000, "height": 420})
    try:
        b.open(reports["fixture"])
        claim = b.find(claim_with_text("3.3 million"), xpath=True)
        claim_id = b.attribute(claim, "id")
        check(not b.in_view(claim), "the claim is in view before the panel is used")
        b.click(b.find(f".findings a[href='#{claim_id}']"))
        time.sleep(0.3)
        check(b.in_view(claim), "the panel did not scroll to the claim")
        check(b.displayed(b.find("#" + b.attribute(claim, "aria-controls"))),
              "the panel did not open the claim's card")
        active = b.run("return document.activeElement.id;")
        check(active == claim_id, f"focus is on {active!r}, not the claim")
    finally:
        b.cmd("POST", "/window/rect", {"width": 1280, "height": 1500})


def test_close_and_escape_close_cards(b, reports, shots):
    b.open(reports["fixture"])
    claim = b.find(claim_with_text("one-third"), xpath=True)
    card_id = b.attribute(claim, "aria-controls")
    b.click(claim)
    check(b.displayed(b.find("#" + card_id)), "the card did not open")
    b.click(b.find(f"#{card_id} button.close"))
    check(not b.displayed(b.find("#" + card_id)), "Close did not close the card")
    b.click(claim)
    b.cmd("POST", "/actions", {"actions": [{"type": "key", "id": "kb", "actions": [
        {"type": "keyDown", "value": "\ue00c"}, {"type": "keyUp", "value": "\ue00c"}]}]})
    check(not b.displayed(b.find("#" + card_id)), "Escape did not close the card")


def test_the_filter_hides_consistent_claims(b, reports, shots):
    b.open(reports["two"])
    check(len(b.find_all("nav.files li")) == 2, "no file list for two files")
    consistent = b.find_all(".findings li[data-verdict='consistent']")
    others = b.find_all(".findings li:not([data-verdict='consistent'])")
    check(consistent and others, "the report lacks consistent or other findings")
    check(all(b.displayed(li) for li in consistent), "consistent findings hidden at first")
    b.click(b.find(".summary input[data-verdict='consistent']"))
    check(not any(b.displayed(li) for li in consistent), "consistent findings still listed")
    check(all(b.displayed(li) for li in others), "the filter hid other findings too")
    claim = b.find("article .claim[data-verdict='consistent']")
    check("filtered" in b.attribute(claim, "class"), "the consistent claim is still highlighted")
    check(not b.displayed(b.find("article .claim[data-verdict='consistent'] .tag")),
          "the consistent claim still shows its label")
    b.click(b.find(".summary input[data-verdict='consistent']"))
    check(all(b.displayed(li) for li in consistent), "ticking the box again did not show them")


def test_print_shows_every_card_inline(b, reports, shots):
    b.open(reports["fixture"])
    cards = b.find_all("section.card")
    check(len(cards) == 3, f"{len(cards)} cards, not 3")
    check(not any(b.displayed(c) for c in cards), "cards show on screen before a click")
    b.cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        check(all(b.displayed(c) for c in cards), "printing does not show every card")
        check(not b.displayed(b.find("aside.panel")), "printing shows the side panel")
    finally:
        b.cdp("Emulation.setEmulatedMedia", {"media": ""})


def test_hostile_text_runs_nothing(b, reports, shots):
    b.open(reports["hostile"])
    check(b.run("return window.__pwned === undefined;"), "injected script ran")
    try:
        alert = b.cmd("GET", "/alert/text")
        raise AssertionError(f"an alert is open: {alert}")
    except WebDriverError as e:
        check("no such alert" in str(e), str(e))
    article = b.text(b.find("article.article"))
    check('<script>window.__pwned = "article";</script>' in article,
          "the article's markup is not shown as text")
    claim = b.find(claim_with_text("9 million"), xpath=True)
    b.click(claim)
    card = b.text(b.find("#" + b.attribute(claim, "aria-controls")))
    check("</blockquote><script>window.__pwned = 'quote';</script>" in card,
          "the table's quote is not shown as text")
    check(b.run("return window.__pwned === undefined;"), "injected script ran after a click")


TESTS = [
    test_clicking_the_3_3_million_claim_opens_the_ilo_card,
    test_styles_apply_and_nothing_is_fetched,
    test_a_finding_in_the_panel_scrolls_to_its_claim,
    test_close_and_escape_close_cards,
    test_the_filter_hides_consistent_claims,
    test_print_shows_every_card_inline,
    test_hostile_text_runs_nothing,
]


def build_reports(tipcheck, workdir):
    """Writes the reports the tests open; returns their paths by name."""
    runs = {
        "fixture": [FIXTURE],
        "two": [FIXTURE, CONSISTENT],
        "hostile": ["--claims", HOSTILE_TABLE, HOSTILE],
    }
    paths = {}
    for name, args in runs.items():
        path = os.path.join(workdir, f"{name}.html")
        done = subprocess.run(
            [tipcheck, "check", "--format", "html", "--output", path, *args],
            cwd=ROOT, capture_output=True, text=True,
        )
        # 1 means findings at the fail level, which these fixtures have.
        if done.returncode not in (0, 1) or not os.path.exists(path):
            raise RuntimeError(f"tipcheck {args} exited {done.returncode}: {done.stderr}")
        paths[name] = path
    return paths


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tipcheck", default=str(ROOT / "target/debug/tipcheck"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--screenshot", default=str(ROOT / "target/browser/report.png"),
                        help="where to save the screenshot of the open card")
    opts = parser.parse_args()
    for tool in (opts.tipcheck, opts.chromium, opts.chromedriver):
        if not os.access(tool, os.X_OK):
            print(f"error: {tool} is missing: build tipcheck and install chromium and "
                  "chromium-driver", file=sys.stderr)
            return 2
    workdir = tempfile.mkdtemp(prefix="tipcheck-browser-")
    browser = None
    passed = failed = 0
    try:
        reports = build_reports(opts.tipcheck, workdir)
        browser = Browser(opts.chromium, opts.chromedriver, workdir)
        for test in TESTS:
            name = test.__name__.removeprefix("test_")
            try:
                test(browser, reports, opts.screenshot)
                passed += 1
                print(f"ok   {name}")
            except Exception as e:  # one failing test must not stop the others
                failed += 1
                print(f"FAIL {name}: {e}")
                if not isinstance(e, (AssertionError, WebDriverError)):
                    traceback.print_exc()
    except (RuntimeError, WebDriverError, OSError) as e:
        print(f"error: {e}", file=sys.stderr)
        log = os.path.join(workdir, "chromedriver.log")
        if os.path.exists(log):
            sys.stderr.write(Path(log).read_text(errors="replace")[-3000:])
        return 2
    finally:
        if browser:
            browser.close()
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"screenshot: {opts.screenshot}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""Browser scenarios for the service's pages, in Debian's Chromium driven by Playwright.

    python3 scenarios.py --judge .build/debug/judge --fixtures Fixtures/browser --out DIR SCENARIO

Each scenario starts its own `judge serve` on a fresh database, drives the pages as judges, the
chief judge and the hall would (tablets emulated as an iPad, the board at 1920×1080), writes a
screenshot of each page it visits under --out, and exits 0 only when every check held. Its last
line is `N passed, N failed`.
"""

import argparse
import json
import re
import sys
import time
import traceback
from pathlib import Path

from playwright.sync_api import expect, sync_playwright

from service import Service

CHROMIUM = "/usr/lib/chromium/chromium"
SAVED = "已保存"
PENDING = "未发送"
# Each judge's marks (操作技能 of 80, 人文关怀 of 20) for 001–004: distinct totals, so a ranking.
MARKS = {
    "J1": {"001": ("70.5", "18"), "002": ("60", "15.25"), "003": ("75", "19"), "004": ("50", "10")},
    "J2": {"001": ("72", "17.5"), "002": ("61", "16"), "003": ("74.75", "18"), "004": ("52", "11")},
    "J3": {"001": ("71", "18"), "002": ("59.5", "15"), "003": ("76", "19.5"), "004": ("51", "12")},
}
CRITERIA = ("skill", "care")


def mark_input(page, number, criterion):
    return page.locator(f'input.mark[data-number="{number}"][data-criterion="{criterion}"]')


def mark_state(page, number, criterion):
    return page.locator(f"#m-nursery-practical-{number}-{criterion}-state")


class Scenario:
    def __init__(self, playwright, service: Service, out: Path):
        self.playwright = playwright
        self.service = service
        self.out = out
        self.browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tablet = dict(playwright.devices["iPad (gen 7)"])
        tablet.pop("default_browser_type", None)
        self.tablet = tablet
        self.contexts = []
        # Script errors and CSP refusals (an inline script or style) fail the scenario.
        self.page_errors = []

    def context(self, **options):
        context = self.browser.new_context(locale="zh-CN", **options)
        context.on("page", self.watch)
        self.contexts.append(context)
        return context

    def watch(self, page):
        page.on("pageerror", lambda error: self.page_errors.append(f"{page.url}: {error}"))
        page.on("console", lambda message: self.page_errors.append(f"{page.url}: {message.text}")
                if message.type == "error" and ("Content Security Policy" in message.text
                                                or "Refused to" in message.text
                                                or message.text.startswith("board")) else None)

    def tablet_page(self):
        return self.context(**self.tablet).new_page()

    def board_page(self):
        page = self.context(viewport={"width": 1920, "height": 1080}).new_page()
        page.goto(self.service.base + "/board")
        expect(page.locator("#link")).to_have_text("实时更新", timeout=10_000)
        return page

    def sign_in(self, page, judge, path="/judge"):
        page.goto(self.service.base + path)
        page.fill("#judge-id", judge)
        page.fill("#pin", self.service.pins[judge])
        page.click("#signin button[type=submit]")
        expect(page.locator("#who")).to_contain_text(judge, timeout=10_000)

    def type_mark(self, page, number, criterion, score):
        field = mark_input(page, number, criterion)
        field.fill(score)
        field.press("Enter")

    def mark_all(self, page, judge, numbers=("001", "002", "003", "004")):
        for number in numbers:
            for criterion, score in zip(CRITERIA, MARKS[judge][number]):
                self.type_mark(page, number, criterion, score)
        for number in numbers:
            for criterion in CRITERIA:
                expect(mark_state(page, number, criterion)).to_have_text(SAVED, timeout=15_000)

    def api(self, context, method, path, body=None):
        """A call as the signed-in page would make it, with the page's CSRF token and origin."""
        page = context.pages[0]
        token = page.locator('meta[name="csrf-token"]').get_attribute("content")
        answer = context.request.fetch(
            self.service.base + path, method=method,
            headers={"Origin": self.service.base, "X-CSRF-Token": token or "", "Content-Type": "application/json"},
            data=None if body is None else json.dumps(body))
        return answer.status, (answer.json() if answer.body() else None)

    def shot(self, page, name):
        self.out.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(self.out / f"{name}.png"), full_page=True)

    def close(self):
        for context in self.contexts:
            context.close()
        self.browser.close()


def board_round(service):
    trade = service.board()["trades"][0]
    return trade["rounds"][0], trade["results"]


def three_judges_mark_while_the_board_is_open(s: Scenario):
    board = s.board_page()
    expect(board.locator('[data-round="practical"] .count')).to_have_text("0 / 4")
    pages = {}
    for judge in ("J1", "J2", "J3"):
        pages[judge] = s.tablet_page()
        s.sign_in(pages[judge], judge)
    # The round's maximum and each criterion's are on the sheet.
    expect(pages["J1"].locator("#round-nursery-practical h2")).to_contain_text("满分 100.00")
    expect(pages["J1"].locator("#round-nursery-practical thead")).to_contain_text("满分 80.00")
    # The competitor's total follows the typing, before anything is sent.
    field = mark_input(pages["J1"], "001", "skill")
    field.fill("70.5")
    mark_input(pages["J1"], "001", "care").fill("18")
    expect(pages["J1"].locator('tr[data-number="001"] .total .value')).to_have_text("88.50")
    for judge in ("J1", "J2"):
        s.mark_all(pages[judge], judge)
    expect(board.locator('[data-round="practical"] .count')).to_have_text("0 / 4")
    s.mark_all(pages["J3"], "J3", numbers=("001", "002"))
    # Within a second or two of the third judge's marks, live, without a reload.
    expect(board.locator('[data-round="practical"] .count')).to_have_text("2 / 4", timeout=5_000)
    s.mark_all(pages["J3"], "J3", numbers=("003", "004"))
    expect(board.locator('[data-round="practical"] .count')).to_have_text("4 / 4", timeout=5_000)
    # Nothing of a mark reaches the hall before sign-off.
    text = board.locator("body").inner_text()
    assert "88.50" not in text and "70.50" not in text, text
    assert board.locator("table.ranking").count() == 0
    expect(board.locator(".waiting")).to_have_text("全部环节锁定后公布成绩")
    round_, results = board_round(s.service)
    assert (round_["entered"], round_["expected"], results) == (4, 4, None), round_
    # A reload shows what the server holds: the marks as saved, the totals summed.
    pages["J2"].reload()
    expect(mark_input(pages["J2"], "003", "skill")).to_have_value("74.75")
    expect(mark_state(pages["J2"], "003", "skill")).to_have_text(SAVED)
    expect(pages["J2"].locator('tr[data-number="003"] .total .value')).to_have_text("92.75")
    s.shot(pages["J1"], "judge-tablet")
    s.shot(board, "board-progress")
    # A phone shows the same sheet, one competitor a card.
    phone_device = dict(s.playwright.devices["Pixel 7"])
    phone_device.pop("default_browser_type", None)
    phone = s.context(**phone_device).new_page()
    s.sign_in(phone, "J1")
    expect(mark_input(phone, "002", "care")).to_have_value("15.25")
    s.shot(phone, "judge-phone")


def a_mark_out_of_range_is_refused_in_chinese_and_stores_nothing(s: Scenario):
    page = s.tablet_page()
    s.sign_in(page, "J1")
    sent = []
    page.on("request", lambda request: sent.append(request) if "/api/v1/marks" in request.url else None)
    for typed, refusal in [
        ("85", "超过满分 80.00"),
        ("12.345", "分数最多保留 2 位小数"),
        ("-3", "分数不能为负"),
        ("八十", "不是分数：应为 86 或 86.50 这样的数"),
    ]:
        s.type_mark(page, "001", "skill", typed)
        expect(mark_state(page, "001", "skill")).to_have_text(refusal)
        expect(mark_input(page, "001", "skill")).to_have_class(re.compile(r"\binvalid\b"))
    page.wait_for_timeout(300)
    assert sent == [], [request.post_data for request in sent]
    s.shot(page, "judge-refused")
    # The server applies the same rule, in the same words, whatever the page let through.
    context = page.context
    status, body = s.api(context, "PUT", "/api/v1/marks", {
        "number": "001", "round": "practical", "criterion": "skill", "score": "85",
        "request_id": "00000000-0000-4000-8000-000000000001"})
    assert status == 422 and body["error"]["code"] == "above_maximum", (status, body)
    assert body["error"]["message"] == "超过满分 80.00", body
    status, body = s.api(context, "PUT", "/api/v1/marks", {
        "number": "001", "round": "practical", "criterion": "skill", "score": 70,
        "request_id": "00000000-0000-4000-8000-000000000002"})
    assert status == 422, (status, body)
    status, sheet = s.api(context, "GET", "/api/v1/sheet")
    assert status == 200, sheet
    marks = [mark for item in sheet["items"] for c in item["competitors"] for mark in c["marks"]]
    assert marks == [], marks
    # A valid mark then goes through.
    s.type_mark(page, "001", "skill", "79.99")
    expect(mark_state(page, "001", "skill")).to_have_text(SAVED)
    expect(mark_input(page, "001", "skill")).not_to_have_class(re.compile(r"\binvalid\b"))


def pending_marks_survive_a_cut_and_land_once(s: Scenario):
    # J2 and J3 have marked 001 and 002; J1's marks complete them.
    for judge in ("J2", "J3"):
        other = s.tablet_page()
        s.sign_in(other, judge)
        s.mark_all(other, judge, numbers=("001", "002"))
    board = s.board_page()
    expect(board.locator('[data-round="practical"] .count')).to_have_text("0 / 4")
    page = s.tablet_page()
    s.sign_in(page, "J1")
    answered = []
    page.on("response", lambda response: answered.append(
        tuple(json.loads(response.request.post_data)[key] for key in ("number", "criterion")) + (response.status,))
        if "/api/v1/marks" in response.url and response.request.method == "PUT" else None)

    # 1. An answer lost on the way back: the server stored the mark, the tablet never heard,
    # and sends it again with the same request_id.
    lost = {"count": 0}

    def lose_first_answer(route):
        if lost["count"] == 0:
            lost["count"] += 1
            route.fetch()  # reaches the server ...
            route.abort("connectionreset")  # ... but the tablet gets no answer
        else:
            route.continue_()

    page.route("**/api/v1/marks", lose_first_answer)
    s.type_mark(page, "001", "skill", "70.5")
    expect(mark_state(page, "001", "skill")).to_have_text(PENDING)
    stored = json.loads(page.evaluate("() => localStorage.getItem('judge.pending.J1')"))
    request_id = stored["practical|001|skill"]["body"]["request_id"]
    expect(mark_state(page, "001", "skill")).to_have_text(SAVED, timeout=10_000)
    expect(mark_input(page, "001", "skill")).to_have_value("70.50")
    page.unroute("**/api/v1/marks")

    # 2. A mark that never reached the server is kept in the tablet across a reload.
    page.route("**/api/v1/marks", lambda route: route.abort("connectionrefused"))
    s.type_mark(page, "002", "skill", "60")
    expect(mark_state(page, "002", "skill")).to_have_text(PENDING)
    page.reload()
    expect(mark_input(page, "002", "skill")).to_have_value("60.00")
    expect(mark_state(page, "002", "skill")).to_have_text(PENDING)
    expect(page.locator("#queue")).to_contain_text("1 个分数未发送")
    page.unroute("**/api/v1/marks")
    expect(mark_state(page, "002", "skill")).to_have_text(SAVED, timeout=10_000)

    # 3. The network cut: marks wait, visibly, and go when it is back.
    page.context.set_offline(True)
    s.type_mark(page, "001", "care", "18")
    s.type_mark(page, "002", "care", "15.25")
    expect(mark_state(page, "001", "care")).to_have_text(PENDING)
    expect(mark_state(page, "002", "care")).to_have_text(PENDING)
    expect(page.locator("#queue")).to_contain_text("2 个分数未发送")
    page.wait_for_timeout(1000)
    s.shot(page, "judge-offline")
    expect(board.locator('[data-round="practical"] .count')).to_have_text("0 / 4")
    page.context.set_offline(False)
    expect(mark_state(page, "001", "care")).to_have_text(SAVED, timeout=10_000)
    expect(mark_state(page, "002", "care")).to_have_text(SAVED, timeout=10_000)
    expect(page.locator("#queue")).to_be_hidden()
    assert page.evaluate("() => localStorage.getItem('judge.pending.J1')") == "{}"
    # Each mark answered 200 exactly once (the lost answer never reached the page).
    assert sorted(answered) == [("001", "care", 200), ("001", "skill", 200), ("002", "care", 200),
                                ("002", "skill", 200)], answered
    # The board shows the two competitors the marks completed.
    expect(board.locator('[data-round="practical"] .count')).to_have_text("2 / 4", timeout=5_000)
    s.shot(board, "board-after-reconnect")
    # Stored once: a resend is answered from the first (no earlier value), and changes nothing.
    status, sheet = s.api(page.context, "GET", "/api/v1/sheet")
    marks = {(c["number"], m["criterion"]): m["score"]
             for item in sheet["items"] for c in item["competitors"] for m in c["marks"]}
    assert marks == {("001", "skill"): "70.50", ("001", "care"): "18.00", ("002", "skill"): "60.00",
                     ("002", "care"): "15.25"}, marks
    status, again = s.api(page.context, "PUT", "/api/v1/marks", {
        "number": "001", "round": "practical", "criterion": "skill", "score": "70.50", "request_id": request_id})
    assert status == 200 and again["previous"] is None, (status, again)


def the_chief_locks_and_the_board_shows_the_ranking(s: Scenario):
    board = s.board_page()
    for judge in ("J1", "J2", "J3"):
        page = s.tablet_page()
        s.sign_in(page, judge)
        s.mark_all(page, judge, numbers=("001", "002", "003") if judge == "J3" else ("001", "002", "003", "004"))
    chief = s.tablet_page()
    s.sign_in(chief, "C1", path="/chief")
    round_row = chief.locator('[data-trade="nursery"][data-round="practical"]')
    expect(round_row.locator(".count")).to_have_text("3 / 4")
    # Missing marks name who still has to mark whom.
    expect(round_row.locator(".missing")).to_contain_text("004")
    expect(round_row.locator(".missing")).to_contain_text("J3")
    # A lock with marks missing is refused, with the blockers shown.
    round_row.locator('form.action[data-path="/api/v1/locks"] button').click()
    expect(round_row.locator(".result")).to_be_visible()
    expect(round_row.locator(".result li").first).to_contain_text("004")
    s.shot(chief, "chief-blocked")
    last = s.tablet_page()
    s.sign_in(last, "J3")
    s.mark_all(last, "J3", numbers=("004",))
    expect(round_row.locator(".count")).to_have_text("4 / 4", timeout=5_000)
    round_row.locator('form.action[data-path="/api/v1/locks"] button').click()
    expect(round_row).to_contain_text("已锁定", timeout=5_000)
    # The board signs off within a second or two: the ranking with prizes and titles.
    ranking = board.locator('[data-trade="nursery"] table.ranking')
    expect(ranking).to_be_visible(timeout=5_000)
    expect(ranking.locator("tbody tr").first).to_contain_text("003")
    expect(ranking.locator("tbody tr").first).to_contain_text("一等奖")
    expect(ranking.locator("tbody tr").first).to_contain_text("育婴能手")
    expect(ranking).to_contain_text('李<二>&"妹"')
    _, results = board_round(s.service)
    shown = [row.inner_text().split("\t")[:2] for row in ranking.locator("tbody tr").all()]
    assert [[str(r["rank"]), r["number"]] for r in results] == shown, (results, shown)
    s.shot(chief, "chief-locked")
    s.shot(board, "board-results")
    # The judge's sheet is read-only now.
    last.reload()
    expect(last.locator("#round-nursery-practical .badge.locked")).to_be_visible()
    assert mark_input(last, "004", "skill").get_attribute("readonly") is not None


def the_sheet_reads_without_javascript(s: Scenario):
    page = s.tablet_page()
    s.sign_in(page, "J1")
    s.mark_all(page, "J1", numbers=("001",))
    plain = s.context(**s.tablet, java_script_enabled=False)
    plain.add_cookies(page.context.cookies())
    view = plain.new_page()
    view.goto(s.service.base + "/judge")
    expect(view.locator("#who")).to_contain_text("J1")
    expect(mark_input(view, "001", "skill")).to_have_value("70.50")
    expect(mark_state(view, "001", "skill")).to_have_text(SAVED)
    expect(view.locator('tr[data-number="001"] .total .value')).to_have_text("88.50")
    s.shot(view, "judge-without-script")
    signed_out = s.context(**s.tablet, java_script_enabled=False).new_page()
    signed_out.goto(s.service.base + "/judge")
    expect(signed_out.locator("#signin")).to_be_visible()
    s.shot(signed_out, "judge-sign-in")


def the_chief_unlocks_with_a_reason_publishes_and_prints(s: Scenario):
    for judge in ("J1", "J2", "J3"):
        tablet = s.tablet_page()
        s.sign_in(tablet, judge)
        # The sheet is tested elsewhere: these marks go in as the page would send them.
        for number, scores in MARKS[judge].items():
            for criterion, score in zip(CRITERIA, scores):
                status, answer = s.api(tablet.context, "PUT", "/api/v1/marks", {
                    "number": number, "round": "practical", "criterion": criterion, "score": score,
                    "request_id": f"{judge}-{number}-{criterion}"})
                assert status == 200, (status, answer)
    chief = s.tablet_page()
    s.sign_in(chief, "C1", path="/chief")
    row = chief.locator('[data-trade="nursery"][data-round="practical"]')
    row.locator('form.action[data-path="/api/v1/locks"] button').click()
    expect(row).to_contain_text("已锁定", timeout=5_000)
    unlock = row.locator('form.action[data-path="/api/v1/unlocks"]')
    # A blank reason: the CLI's refusal, in Chinese, and the round stays locked.
    unlock.locator('input[name="reason"]').fill("   ")
    unlock.locator("button").click()
    expect(unlock.locator(".result")).to_contain_text("必须填写理由")
    expect(row).to_contain_text("已锁定")
    s.shot(chief, "console-reason-refused")
    unlock.locator('input[name="reason"]').fill("复核发现漏录")
    unlock.locator("button").click()
    expect(row.locator('form.action[data-path="/api/v1/locks"]')).to_be_visible(timeout=5_000)
    expect(row.locator(".badge.locked")).to_have_count(0)
    # Publishing an unlocked trade is refused as `judge results publish` refuses it.
    trade = chief.locator('section.trade-status[data-trade="nursery"]')
    publish = trade.locator('form.action[data-path="/api/v1/publications"]')
    publish.locator("button").click()
    expect(publish.locator(".result")).to_contain_text("尚未锁定")
    row.locator('form.action[data-path="/api/v1/locks"] button').click()
    expect(row).to_contain_text("已锁定", timeout=5_000)
    publish = trade.locator('form.action[data-path="/api/v1/publications"]')
    publish.locator('input[name="notice_days"]').fill("7")
    publish.locator("button").click()
    version = trade.locator('.versions li[data-version="1"]')
    expect(version).to_contain_text("第 1 版", timeout=10_000)
    expect(version.locator("a", has_text="获奖名单")).to_be_visible()
    s.shot(chief, "console-published")
    # The printable 公示 opens from its link, styled by its own inline <style> (a CSP refusal
    # would be a page error), read-only from the published file.
    with chief.context.expect_page() as opened:
        version.locator("a", has_text="成绩公示").click()
    notice = opened.value
    notice.wait_for_load_state()
    expect(notice.locator("body")).to_contain_text("公示")
    expect(notice.locator("body")).to_contain_text("第1版")
    assert "/chief/documents/nursery/nursery-v1-notice.html" in notice.url, notice.url
    # The document's own style applies: a table has borders only through it.
    collapse = notice.evaluate("getComputedStyle(document.querySelector('table')).borderCollapse")
    assert collapse == "collapse", collapse
    s.shot(notice, "printable-notice")


def a_mark_typed_before_the_script_loads_is_sent_once_it_has(s: Scenario):
    page = s.tablet_page()
    s.sign_in(page, "J1")
    # The sheet again, drawn by the server, its script held back as on a slow venue network.
    held = []
    page.route("**/assets/judge.js", lambda route: held.append(route))
    page.reload(wait_until="commit")
    expect(page.locator("#who")).to_contain_text("J1")
    s.type_mark(page, "001", "skill", "70.5")
    expect(mark_state(page, "001", "skill")).to_have_text("")
    assert held, "the sheet asked for its script"
    held[-1].continue_()
    expect(mark_state(page, "001", "skill")).to_have_text(SAVED, timeout=15_000)
    expect(mark_input(page, "001", "skill")).to_have_value("70.50")
    status, sheet = s.api(page.context, "GET", "/api/v1/sheet")
    marks = {(c["number"], m["criterion"]): m["score"]
             for item in sheet["items"] for c in item["competitors"] for m in c["marks"]}
    assert status == 200 and marks == {("001", "skill"): "70.50"}, (status, marks)


SCENARIOS = {
    "three-judges": three_judges_mark_while_the_board_is_open,
    "out-of-range": a_mark_out_of_range_is_refused_in_chinese_and_stores_nothing,
    "offline": pending_marks_survive_a_cut_and_land_once,
    "lock": the_chief_locks_and_the_board_shows_the_ranking,
    "no-script": the_sheet_reads_without_javascript,
    "console": the_chief_unlocks_with_a_reason_publishes_and_prints,
    "early": a_mark_typed_before_the_script_loads_is_sent_once_it_has,
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--judge", required=True)
    parser.add_argument("--fixtures", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("scenarios", nargs="*", default=list(SCENARIOS))
    arguments = parser.parse_args()
    passed = failed = 0
    with sync_playwright() as playwright:
        for name in arguments.scenarios:
            started = time.monotonic()
            service = Service(arguments.judge, arguments.fixtures)
            scenario = Scenario(playwright, service, arguments.out / name)
            errors = []
            try:
                SCENARIOS[name](scenario)
            except Exception:
                errors.append(traceback.format_exc())
            finally:
                scenario.close()
                try:
                    service.stop()
                except AssertionError as error:
                    errors.append(str(error))
            page_errors = scenario.page_errors
            if errors or page_errors:
                failed += 1
                print(f"FAIL {name} ({time.monotonic() - started:.1f} s)")
                for error in errors + page_errors:
                    print(error)
                print("--- serve.log (end)\n" + service.server_log())
            else:
                passed += 1
                print(f"ok   {name} ({time.monotonic() - started:.1f} s)")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

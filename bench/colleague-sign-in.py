#!/usr/bin/env python3
"""A colleague signing in during a flood (bench/soak.sh, the sign-in flood): every two seconds, from an address
of their own (X-Forwarded-For, which soak.sh tells the site to trust from loopback), open the sign-in page and
send the right password, timing the whole step (page and post) until the site answers. Prints how many
sign-ins were made, how many reached the code page, and their times.

    python3 bench/colleague-sign-in.py BASE USERNAME PASSWORD SECONDS
"""
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

base, username, password, seconds = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
ADDRESS = "203.0.113.9"


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirects)


def open_(request):
    try:
        return opener.open(request, timeout=30)
    except urllib.error.HTTPError as answer:
        return answer


times, reached, other = [], 0, []
end = time.monotonic() + seconds
while time.monotonic() < end:
    started = time.monotonic()
    page = open_(urllib.request.Request(base + "/staff/login", headers={"X-Forwarded-For": ADDRESS}))
    body = page.read().decode()
    cookie = "; ".join(c.split(";", 1)[0] for c in page.headers.get_all("Set-Cookie") or [])
    token = re.search(r'name="_csrf" value="([^"]+)"', body)
    if not token:
        other.append(str(page.status))
        time.sleep(2)
        continue
    form = urllib.parse.urlencode({"_csrf": token.group(1), "username": username, "password": password}).encode()
    answer = open_(urllib.request.Request(base + "/staff/login", data=form, headers={
        "X-Forwarded-For": ADDRESS, "Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"}))
    took = (time.monotonic() - started) * 1000
    times.append(took)
    location = answer.headers.get("Location", "")
    if answer.status in (302, 303) and location.endswith("/staff/two-factor"):
        reached += 1
    else:
        other.append(f"{answer.status} {location}")
    time.sleep(max(0.0, 2 - (time.monotonic() - started)))

times.sort()
if times:
    p50 = times[len(times) // 2]
    print(f"colleague_sign_ins={len(times)} colleague_reached_code_page={reached} colleague_p50_ms={p50:.0f} "
          f"colleague_max_ms={times[-1]:.0f} colleague_other={len(other)}")
else:
    print("colleague_sign_ins=0 colleague_reached_code_page=0 colleague_p50_ms=- colleague_max_ms=- "
          f"colleague_other={len(other)}")

#!/usr/bin/env python3
# Times the CSV export of the inbox over HTTP, signed in as a member of staff (run by hand, not in CI):
#   python3 bench/export.py RUNS   with the site on BASE (default http://127.0.0.1:18095) and an account
#   USERNAME/PASSWORD (environment) whose two-factor sign-in has not been set up yet: the script sets it up
#   from the key the page shows and computes the codes itself. See docs/BENCHMARKS.md for the setup used.
import os, base64, hashlib, hmac, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request
BASE = os.environ.get("BASE", "http://127.0.0.1:18095")
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
def get(path):
    try: r = opener.open(BASE + path); return r.status, r.read().decode()
    except urllib.error.HTTPError as e: return e.code, e.read().decode()
def post(path, data):
    try: r = opener.open(BASE + path, urllib.parse.urlencode(data).encode()); return r.status, r.headers.get("Location")
    except urllib.error.HTTPError as e: return e.code, e.headers.get("Location")
def csrf(html): return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)
def totp(secret, step):
    key = base64.b32decode(secret.replace(" ", "").upper() + "=" * (-len(secret.replace(" ", "")) % 8))
    h = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest(); o = h[-1] & 15
    return "%06d" % ((struct.unpack(">I", h[o:o+4])[0] & 0x7fffffff) % 1000000)
_, page = get("/staff/login")
print(post("/staff/login", {"username": os.environ["USERNAME"], "password": os.environ["PASSWORD"], "_csrf": csrf(page)}))
_, page = get("/staff/two-factor")
secret = re.sub(r"<[^>]+>", "", re.search(r'id="secret-key"[^>]*>(.*?)</', page, re.S).group(1)).strip()
print(post("/staff/two-factor", {"code": totp(secret, int(time.time()) // 30), "_csrf": csrf(page)}))
for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    start = time.time(); r = opener.open(BASE + "/staff/requests/export.csv"); n = 0; size = 0
    first = None
    while True:
        chunk = r.read(65536)
        if first is None: first = time.time() - start
        if not chunk: break
        size += len(chunk); n += chunk.count(b"\r\n")
    print("export: %d lines, %.1f MB, first bytes after %.2f s, all after %.2f s" % (n, size / 1e6, first, time.time() - start))

# Signs in to the desk as a member of staff, both steps, for the benchmarks that read staff pages
# (bench/export.py, bench/inbox-http.py). The account (USERNAME/PASSWORD in the environment) must not have
# set up its two-factor sign-in yet: the script sets it up from the key the page shows and computes the
# codes itself (RFC 6238), as a phone app would.
import base64, hashlib, hmac, http.cookiejar, os, re, struct, time, urllib.error, urllib.parse, urllib.request

BASE = os.environ.get("BASE", "http://127.0.0.1:18095")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def _csrf(html):
    return re.search(r'name="_csrf" value="([^"]+)"', html).group(1)


def _totp(secret, step):
    secret = secret.replace(" ", "").upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    h = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    o = h[-1] & 15
    return "%06d" % ((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 1000000)


def signed_in_opener():
    """An opener that carries a signed-in desk session (it follows no redirects)."""
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

    def get(path):
        try:
            r = opener.open(BASE + path)
            return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def post(path, data):
        try:
            r = opener.open(BASE + path, urllib.parse.urlencode(data).encode())
            return r.status, r.headers.get("Location")
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get("Location")

    _, page = get("/staff/login")
    print("sign-in:", post("/staff/login", {"username": os.environ["USERNAME"],
                                             "password": os.environ["PASSWORD"], "_csrf": _csrf(page)}))
    _, page = get("/staff/two-factor")
    secret = re.sub(r"<[^>]+>", "", re.search(r'id="secret-key"[^>]*>(.*?)</', page, re.S).group(1)).strip()
    print("second step:", post("/staff/two-factor", {"code": _totp(secret, int(time.time()) // 30),
                                                      "_csrf": _csrf(page)}))
    return opener

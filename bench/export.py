#!/usr/bin/env python3
# Times the CSV export of the inbox over HTTP, signed in as a member of staff (run by hand, not in CI):
#   python3 bench/export.py RUNS   with the site on BASE (default http://127.0.0.1:18095) and an account
#   USERNAME/PASSWORD (environment) whose two-factor sign-in has not been set up yet (bench/desk_session.py).
#   See docs/BENCHMARKS.md for the setup used.
import sys, time
from desk_session import BASE, signed_in_opener

opener = signed_in_opener()
for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
    start = time.time(); r = opener.open(BASE + "/staff/requests/export.csv"); n = 0; size = 0
    first = None
    while True:
        chunk = r.read(65536)
        if first is None: first = time.time() - start
        if not chunk: break
        size += len(chunk); n += chunk.count(b"\r\n")
    print("export: %d lines, %.1f MB, first bytes after %.2f s, all after %.2f s" % (n, size / 1e6, first, time.time() - start))

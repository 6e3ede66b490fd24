#!/usr/bin/env python3
# The inbox's pages over HTTP, signed in, as a receptionist gets them: the database's time (bench/inbox.sh)
# plus Hibernate, the rendering and the network. Run by hand, not in CI:
#   USERNAME=... PASSWORD=... python3 bench/inbox-http.py RUNS "SEARCH-NAME" "FULL-NAME" "PHONE" "REFERENCE"
# with the site on BASE (default http://127.0.0.1:18095); see docs/BENCHMARKS.md for the setup used.
# Each page is asked for RUNS times, one after another, after 20 unmeasured ones; prints median and p99.
import sys, time, urllib.parse
from desk_session import BASE, signed_in_opener

runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
name, full_name, phone, reference = sys.argv[2:6]
pages = {
    "first page": "/staff/requests",
    "filtered page (New)": "/staff/requests?status=NEW",
    "page 5": "/staff/requests?page=4",
    "search by name": "/staff/requests?q=" + urllib.parse.quote(name),
    "search by full name": "/staff/requests?q=" + urllib.parse.quote(full_name),
    "search by phone": "/staff/requests?q=" + urllib.parse.quote(phone),
    "search by last 4 digits": "/staff/requests?q=" + phone[-4:],
    "search by reference": "/staff/requests?q=" + urllib.parse.quote(reference.lower()),
}
opener = signed_in_opener()
print("%-24s %10s %10s %8s" % ("page", "median_ms", "p99_ms", "bytes"))
for label, path in pages.items():
    times = []
    for i in range(20 + runs):
        start = time.perf_counter()
        r = opener.open(BASE + path)
        body = r.read()
        if r.status != 200:
            sys.exit("%s answered %d" % (path, r.status))
        if i >= 20:
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, -(-len(times) * 99 // 100) - 1)]
    print("%-24s %10.1f %10.1f %8d" % (label, times[len(times) // 2], p99, len(body)))

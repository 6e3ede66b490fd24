-- wrk script for the soak run: a flood of staff sign-ins from ONE client address (X-Forwarded-For, which
-- soak.sh tells the site to trust from loopback), each with a made-up username, as the third security review
-- jammed the desk: a throttle keyed on the username never stops them, so only the limit per address does.
-- Each thread opens the sign-in page once for its CSRF token (a cookie: the desk makes no session before a
-- password is accepted), then sends wrong passwords for names that do not exist. Only the password step is
-- sent. At the end it prints how the sign-ins were answered; bench/colleague-sign-in.py times a colleague's
-- real sign-in from another address meanwhile.
local cookie, csrf = nil, nil
local sent = 0
answered, redirected, refused, other = 0, 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  if not csrf then
    return wrk.format("GET", "/staff/login")
  end
  sent = sent + 1
  local username = "nobody" .. math.random(1, 1000000)
  local address = "198.51.100.7"
  return wrk.format("POST", "/staff/login", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-For"] = address
  }, "_csrf=" .. csrf .. "&username=" .. username .. "&password=wrong-password-" .. math.random(1, 1000000))
end

function response(status, headers, body)
  if not csrf then
    local c = headers["Set-Cookie"]
    local t = body and string.match(body, 'name="_csrf" value="([^"]+)"')
    if c and t then
      cookie = string.match(c, "^[^;]+")
      csrf = t
    end
    return
  end
  if status == 200 and body and string.find(body, 'name="_csrf"', 1, true) then
    -- A sign-in page fetched by a connection that started before the token arrived.
    return
  end
  answered = answered + 1
  local location = headers["Location"] or ""
  if (status == 302 or status == 303) and string.find(location, "busy", 1, true) then
    -- Refused before any password was checked: the limit per address.
    refused = refused + 1
  elseif status == 302 or status == 303 then
    -- Checked, and wrong.
    redirected = redirected + 1
  elseif status == 429 or status == 503 then
    refused = refused + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, r, f, o = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("answered")
    r = r + thread:get("redirected")
    f = f + thread:get("refused")
    o = o + thread:get("other")
  end
  io.write(string.format("sign_ins=%d\nredirected=%d\nrefused=%d\nother_answers=%d\nsign_in_rate=%.2f\n", a, r, f,
    o, a / (summary.duration / 1000000)))
end

-- wrk script: consultation requests sent as browsers send them. The form accepts only one-time tokens the
-- site issued (signed, one per form shown), so the script opens the form to take a token and then sends a
-- complete request with it, each from its own client address (as a reverse proxy would say it: run.sh and
-- soak.sh start the site trusting X-Forwarded-For from loopback), so each counts against its own hourly limit.
-- Answers are told apart by what they are: a form without a problem is a form opened (its tokens are kept for
-- a POST), 303 is a request stored, anything else is a POST not stored.
-- At the end it prints how many POSTs were answered, how many of those with 303 See Other (stored) and how
-- many otherwise, and the POSTs per second, so the script that runs it can compare them with what the
-- database holds (which may be a few more: POSTs still in flight when wrk stops are stored but not counted).
local cookie = nil
local tokens = {}
posts, see_other, other = 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- The message of every request sent is the script's argument ("warm-up", "measured", "flood"), so the
-- database can be asked afterwards how many of one run it holds.
local label = "measured"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  if args[1] then label = args[1] end
end

function request()
  local form = table.remove(tokens)
  if not form then
    if cookie then
      return wrk.format("GET", "/consultation", { ["Cookie"] = cookie })
    end
    return wrk.format("GET", "/consultation")
  end
  local body = "_csrf=" .. form.csrf .. "&submissionToken=" .. form.token ..
    "&fullName=Bench+Person&phone=212+555+0100&preferredContact=PHONE&suddenWeakness=NO" ..
    "&concern=not-sure&consent=true&message=" .. label
  local address = string.format("%d.%d.%d.%d", math.random(20, 99), math.random(0, 255), math.random(0, 255),
    math.random(1, 254))
  return wrk.format("POST", "/consultation", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = form.cookie,
    ["X-Forwarded-For"] = address
  }, body)
end

function response(status, headers, body)
  if status == 200 and body and string.find(body, 'name="submissionToken"', 1, true)
      and not string.find(body, "There is a problem", 1, true) then
    -- A form opened. It was given a CSRF cookie of its own, or used the one this thread sent.
    local set = headers["Set-Cookie"]
    local own = set and string.match(set, "^(consultation_csrf=[^;]+)")
    if own and not cookie then cookie = own end
    local csrf = string.match(body, 'name="_csrf" value="([^"]+)"')
    local token = string.match(body, 'name="submissionToken" value="([^"]+)"')
    if csrf and token and (own or cookie) then
      table.insert(tokens, { cookie = own or cookie, csrf = csrf, token = token })
    end
    return
  end
  posts = posts + 1
  if status == 303 then
    see_other = see_other + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local p, s, o = 0, 0, 0
  for _, thread in ipairs(threads) do
    p = p + thread:get("posts")
    s = s + thread:get("see_other")
    o = o + thread:get("other")
  end
  io.write(string.format("post_requests=%d\nsee_other=%d\nother_answers=%d\npost_rate=%.2f\n", p, s, o,
    p / (summary.duration / 1000000)))
end

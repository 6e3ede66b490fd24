-- wrk script: each thread opens the consultation form once (for its session cookie and CSRF token), then
-- sends complete consultation requests, each with its own one-time token and its own client address, and
-- counts the answers.
-- At the end it prints how many POSTs were answered, how many of those with 303 See Other (stored) and how
-- many otherwise, so the script that runs it can compare them with what the database holds (which may be a
-- few more: POSTs still in flight when wrk stops are stored but not counted as answered).
local cookie, csrf = nil, nil
posts, see_other, other = 0, 0, 0
local threads = {}

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function setup(thread)
  table.insert(threads, thread)
end

-- The message of every request sent is the script's argument ("warm-up" or "measured"), so the database
-- can be asked afterwards how many of one run it holds.
local label = "measured"

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  if args[1] then label = args[1] end
end

function request()
  if not csrf then
    return wrk.format("GET", "/consultation")
  end
  local body = "_csrf=" .. csrf .. "&submissionToken=" .. uuid() ..
    "&fullName=Bench+Person&phone=212+555+0100&preferredContact=PHONE&suddenWeakness=NO" ..
    "&concern=not-sure&consent=true&message=" .. label
  -- Each POST from a different patient's address, as a reverse proxy would say it (run.sh starts the site
  -- trusting X-Forwarded-For from loopback), so each is counted against its own hourly limit.
  local address = string.format("%d.%d.%d.%d", math.random(20, 99), math.random(0, 255), math.random(0, 255),
    math.random(1, 254))
  return wrk.format("POST", "/consultation", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie,
    ["X-Forwarded-For"] = address
  }, body)
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
  -- Connections that started before the token arrived were sent the form: not a POST's answer.
  if status == 200 and body and string.find(body, 'name="submissionToken"', 1, true)
      and not string.find(body, "There is a problem", 1, true) then
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
  io.write(string.format("post_requests=%d\nsee_other=%d\nother_answers=%d\n", p, s, o))
end

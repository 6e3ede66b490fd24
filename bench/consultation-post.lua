-- wrk script: each thread opens the consultation form once (for its session cookie and CSRF token), then
-- sends complete consultation requests, each with its own one-time token, and counts the answers.
local cookie, csrf = nil, nil
local answers = {}

local function uuid()
  return (string.gsub("xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", "[xy]", function(c)
    local v = (c == "x") and math.random(0, 15) or math.random(8, 11)
    return string.format("%x", v)
  end))
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  if not csrf then
    return wrk.format("GET", "/consultation")
  end
  local body = "_csrf=" .. csrf .. "&submissionToken=" .. uuid() ..
    "&fullName=Bench+Person&phone=212+555+0100&preferredContact=PHONE&suddenWeakness=NO" ..
    "&concern=not-sure&consent=true&message=Benchmark+request"
  return wrk.format("POST", "/consultation", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = cookie
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
  answers[status] = (answers[status] or 0) + 1
end

function done(summary, latency, requests)
  io.write(string.format("post_requests=%d\n", summary.requests))
end

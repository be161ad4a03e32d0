"""Load one URL for a while: wrk if installed, else threads with http.client.

Both return {"requests", "rate" (req/s), "p50", "p95" (ms), "bad"} where bad
counts failed connections and answers other than 2xx.
"""

import http.client
import statistics
import subprocess
import threading
import time

# wrk prints this line at the end: requests, duration µs, non-2xx/3xx answers,
# socket errors, p50 µs, p95 µs.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %d %d %d %d\\n",
    summary.requests, summary.duration, e.status,
    e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95)))
end
"""


def wrk_load(port, host, path, seconds, connections, tmp):
    script = tmp / "report.lua"
    script.write_text(WRK_SCRIPT)
    argv = ["wrk", "-t", str(min(2, connections)), "-c", str(connections)]
    argv += ["-d", f"{seconds:g}s", "-s", str(script), "-H", f"Host: {host}"]
    # A slow page is measured, not counted as failed (wrk gives up after 2 s).
    argv += ["--timeout", "30s"]
    argv += [f"http://127.0.0.1:{port}{path}"]
    out = subprocess.run(  # noqa: S603 - arguments built here
        argv, capture_output=True, text=True, check=True, timeout=seconds + 60
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    requests, duration, status, errors, p50, p95 = map(int, line.split()[1:])
    return {
        "requests": requests,
        "rate": requests / (duration / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "bad": status + errors,
    }


def python_load(port, host, path, seconds, connections):
    times, bad, lock = [], [0], threading.Lock()
    stop_at = time.monotonic() + seconds

    def reader():
        while time.monotonic() < stop_at:
            started = time.perf_counter()
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                connection.request("GET", path, headers={"Host": host})
                response = connection.getresponse()
                response.read()
                ok = 200 <= response.status < 300
                connection.close()
            except OSError:
                ok = False
            with lock:
                times.append((time.perf_counter() - started) * 1000)
                bad[0] += not ok

    started = time.monotonic()
    threads = [threading.Thread(target=reader) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    times.sort()
    return {
        "requests": len(times),
        "rate": len(times) / elapsed,
        "p50": statistics.median(times) if times else 0,
        "p95": times[max(int(len(times) * 0.95) - 1, 0)] if times else 0,
        "bad": bad[0],
    }

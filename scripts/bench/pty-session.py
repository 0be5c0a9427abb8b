# Runs one program in a pseudo-terminal and times what it shows, from its output as it arrives (read
# from the terminal's master side, never by polling a screen). Reads a plan as JSON on stdin:
#   {"argv": [...], "env": {...}, "cols": 120, "rows": 200, "end": "exit\r",
#    "steps": [{"wait": ["marker", ...]}, {"send": "ps -a\r", "wait": ["docktutor> "], "label": "ps -a"}]}
# A step sends its keys (if any), then waits for its markers, in order, in what the program writes after
# that. A labelled step's time runs from the moment its keys are written (from the start of the program
# for a first step without keys) to the moment its last marker arrives. Prints
#   {"times": {"label": [seconds, ...]}, "missed": ["label", ...], "code": exit status}
# A marker that does not come within 15 s is counted as missed and the plan stops there.
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

plan = json.load(sys.stdin)
env = {**os.environ, **plan.get("env", {})}
start = time.perf_counter()
pid, master = pty.fork()
if pid == 0:
    fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", plan.get("rows", 200), plan.get("cols", 120), 0, 0))
    os.execvpe(plan["argv"][0], plan["argv"], env)

buffer = b""
seen = 0  # how far the markers of earlier steps matched
closed = False


def read_some(deadline):
    global buffer, closed
    timeout = max(0.0, deadline - time.perf_counter())
    ready, _, _ = select.select([master], [], [], timeout)
    if not ready:
        return False
    try:
        chunk = os.read(master, 65536)
    except OSError:
        chunk = b""
    if not chunk:
        closed = True
        return False
    buffer += chunk
    return True


def wait_for(markers, limit=15.0):
    """The time the last marker arrived, or None."""
    global seen
    deadline = time.perf_counter() + limit
    for marker in markers:
        needle = marker.encode("utf-8")
        while True:
            found = buffer.find(needle, seen)
            if found >= 0:
                seen = found + len(needle)
                break
            if closed or time.perf_counter() >= deadline or not read_some(deadline):
                if closed or time.perf_counter() >= deadline:
                    return None
    return time.perf_counter()


def drain(quiet=0.05):
    """Reads what is still coming, until the program is quiet for `quiet` seconds (so that echo is not taken for the next answer)."""
    global seen
    while read_some(time.perf_counter() + quiet):
        pass
    seen = len(buffer)


times, missed = {}, []
for step in plan["steps"]:
    label = step.get("label")
    if step.get("settle"):
        drain(step["settle"])
    sent = start
    if "send" in step:
        sent = time.perf_counter()
        os.write(master, step["send"].encode("utf-8"))
    arrived = wait_for(step.get("wait", []))
    if arrived is None:
        missed.append(label or step.get("send", "start"))
        break
    if label:
        times.setdefault(label, []).append(arrived - sent)

try:
    if plan.get("end"):
        os.write(master, plan["end"].encode("utf-8"))
    deadline = time.perf_counter() + 3
    while not closed and time.perf_counter() < deadline:
        read_some(deadline)
except OSError:
    pass
try:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done == 0:
        os.kill(pid, signal.SIGTERM)
        done, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
except ChildProcessError:
    code = None
if os.environ.get("PTY_SESSION_DUMP"):
    sys.stderr.write(buffer.decode("utf-8", "replace"))
print(json.dumps({"times": times, "missed": missed, "code": code}))

# Runs programs in pseudo-terminals, one terminal each, and times what they show, from their output as
# it arrives (read from each terminal's master side, never by polling a screen). Reads a plan as JSON on
# stdin:
#   {"argv": [...], "env": {...}, "cols": 120, "rows": 200, "end": "exit\r",
#    "steps": [{"wait": ["marker", ...]}, {"send": "ps -a\r", "wait": ["docktutor> "], "label": "ps -a"}]}
# or, for programs timed side by side, step after step in turns (so that what the machine is doing at
# a moment falls on both alike):
#   {"programs": {"tool": {"argv": [...], "end": "exit\r"}, "floor": {"argv": [...], "end": "exit\r"}},
#    "steps": [{"program": "tool", "send": ...}, {"program": "floor", "send": ...}, ...]}
# A step sends its keys (if any) to its program, then waits for its markers, in order, in what that
# program writes after that. A labelled step's time runs from the moment its keys are written (from the
# start of the program for a first step without keys) to the moment its last marker arrives. Prints
#   {"times": {"label": [seconds, ...]}, "missed": ["label", ...], "code": exit status}
# with labels prefixed "program:" when there are several programs, and "code" then the first non-zero
# status. A marker that does not come within 15 s is counted as missed and the plan stops there.
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

plan = json.load(sys.stdin)


class Program:
    def __init__(self, argv, extra_env):
        self.buffer = b""
        self.seen = 0  # how far the markers of earlier steps matched
        self.closed = False
        env = {**os.environ, **plan.get("env", {}), **extra_env}
        self.start = time.perf_counter()
        self.pid, self.master = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", plan.get("rows", 200), plan.get("cols", 120), 0, 0))
            os.execvpe(argv[0], argv, env)

    def read_some(self, deadline):
        timeout = max(0.0, deadline - time.perf_counter())
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:
            chunk = b""
        if not chunk:
            self.closed = True
            return False
        self.buffer += chunk
        return True

    def wait_for(self, markers, limit=15.0):
        """The time the last marker arrived, or None."""
        deadline = time.perf_counter() + limit
        for marker in markers:
            needle = marker.encode("utf-8")
            while True:
                found = self.buffer.find(needle, self.seen)
                if found >= 0:
                    self.seen = found + len(needle)
                    break
                if self.closed or time.perf_counter() >= deadline or not self.read_some(deadline):
                    if self.closed or time.perf_counter() >= deadline:
                        return None
        return time.perf_counter()

    def drain(self, quiet=0.05):
        """Reads what is still coming, until the program is quiet for `quiet` seconds (so that echo is not taken for the next answer)."""
        while self.read_some(time.perf_counter() + quiet):
            pass
        self.seen = len(self.buffer)

    def finish(self, end):
        try:
            if end:
                os.write(self.master, end.encode("utf-8"))
            deadline = time.perf_counter() + 3
            while not self.closed and time.perf_counter() < deadline:
                self.read_some(deadline)
        except OSError:
            pass
        try:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done == 0:
                os.kill(self.pid, signal.SIGTERM)
                done, status = os.waitpid(self.pid, 0)
            return os.waitstatus_to_exitcode(status)
        except ChildProcessError:
            return None


several = "programs" in plan
specs = plan["programs"] if several else {"": {"argv": plan["argv"], "end": plan.get("end")}}
programs = {name: Program(spec["argv"], spec.get("env", {})) for name, spec in specs.items()}
first = next(iter(programs))

times, missed = {}, []
for step in plan["steps"]:
    name = step.get("program", first)
    program = programs[name]
    label = step.get("label")
    if step.get("settle"):
        program.drain(step["settle"])
    sent = program.start
    if "send" in step:
        sent = time.perf_counter()
        os.write(program.master, step["send"].encode("utf-8"))
    arrived = program.wait_for(step.get("wait", []))
    if arrived is None:
        missed.append(f"{name}:{label or step.get('send', 'start')}" if several else (label or step.get("send", "start")))
        break
    if label:
        times.setdefault(f"{name}:{label}" if several else label, []).append(arrived - sent)

codes = [program.finish(specs[name].get("end")) for name, program in programs.items()]
code = next((c for c in codes if c not in (0, None)), codes[0])
if os.environ.get("PTY_SESSION_DUMP"):
    for program in programs.values():
        sys.stderr.write(program.buffer.decode("utf-8", "replace"))
print(json.dumps({"times": times, "missed": missed, "code": code}))

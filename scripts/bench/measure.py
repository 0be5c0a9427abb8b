# Runs one command and prints its wall time (s), CPU time (s, user + system: on a shared machine the
# part that other processes do not inflate as much) and peak resident memory (KiB) as JSON.
# Python, because Node cannot read a child's rusage; this wrapper waits for exactly one child.
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss, "code": proc.returncode, "stdout": proc.stdout.decode("utf-8", "replace")[-4000:], "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}))

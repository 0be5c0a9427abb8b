#!/bin/sh
# A stand-in for a server: it says how it was started, then "serves" until it is stopped,
# for at most the number of seconds given as its first argument (default 5).
trap 'echo "dt-server: SIGTERM received, closing cleanly"; exit 0' TERM
echo "dt-server: PID $$, arguments: $*"
i=0
while [ "$i" -lt "${1:-5}" ]; do
  sleep 1 & wait $!
  i=$((i + 1))
done
echo "dt-server: done"

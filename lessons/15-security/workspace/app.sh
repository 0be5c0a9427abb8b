#!/bin/sh
# dt-secure: says who it runs as, and whether it could change its own files.
echo "running as uid $(id -u), gid $(id -g)"
if touch /app/probe 2>/dev/null; then
  rm -f /app/probe
  echo "it can write to /app"
else
  echo "it cannot write to /app"
fi

#!/bin/sh
# The app's "test suite": runs the built program and checks what it prints.
out=$(/app/hello)
case "$out" in
  *"Hello from a multi-stage build!"*) echo "PASS: /app/hello greets as it should"; exit 0 ;;
esac
echo "FAIL: unexpected output: $out"
exit 1

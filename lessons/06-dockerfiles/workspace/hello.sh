#!/bin/sh
# Greets its first argument (default: world) with $GREETING (default: hello).
echo "${GREETING:-hello}, ${1:-world}! (user $(id -u), in $(pwd))"

echo "Hello from the cache demo, version 2 (after an edit)"

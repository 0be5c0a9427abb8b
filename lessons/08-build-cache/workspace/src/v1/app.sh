echo "Hello from the cache demo, version 1"

# The source of our tiny "app". The build turns it into /app/hello.
echo "Hello from a multi-stage build!"
echo "Only this small script needs to ship, not the toolchain that built it."

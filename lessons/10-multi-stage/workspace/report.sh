# The source of a second tiny tool. The build turns it into /app/report.
echo "dt-report: everything is fine"

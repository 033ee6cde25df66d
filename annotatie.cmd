@rem Runs the command line directly, without npx and its own start-up of about a second per call:
@rem   annotatie check stukken\ --json > rapport.json
@node "%~dp0bin\annotatie.js" %*

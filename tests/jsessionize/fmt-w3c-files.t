-F w3c on two files: each file is read with no #Fields directive in
force, so the second file's first line (before its own directive) is
malformed, not read with the first file's fields.  a.log: /a.  b.log:
/b1 before any directive (malformed), then its #Fields and /b2.
--- cmd
jsessionize -F w3c -vv --no-header -o page a.log b.log 2>&1 | grep -v 'format\|lines\|parsed\|visitors'
--- file a.log
#Fields: date time c-ip cs-uri-stem
2026-11-22 10:00:00 10.0.0.1 /a
--- file b.log
2026-11-22 10:00:01 10.0.0.1 /b1
#Fields: date time c-ip cs-uri-stem
2026-11-22 10:00:02 10.0.0.1 /b2
--- stdout
b.log:1: no #Fields directive yet
/a
/b2

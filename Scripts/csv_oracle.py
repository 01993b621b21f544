"""Reads CSV as Python's csv module does (strict RFC 4180 quoting): the oracle of
Tests/ResultSheetsTests/RecordStreamOracleTests.swift. One hex-encoded file per input line,
one JSON answer per output line:

{"rows": [[field, ...], ...]}                   every record; a blank line is []
{"error": "quote", "rows": [...], "line": N}    broken quoting: the rows before it, and the
                                                physical line csv had read when it gave up
{"error": "utf8"}                               not UTF-8
"""
import csv
import io
import json
import sys

for request in sys.stdin:
    data = bytes.fromhex(request.strip())
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        print(json.dumps({"error": "utf8"}), flush=True)
        continue
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows = []
    try:
        for row in reader:
            rows.append(row)
        answer = {"rows": rows}
    except csv.Error:
        answer = {"error": "quote", "rows": rows, "line": reader.line_num}
    print(json.dumps(answer), flush=True)

#!/usr/bin/env python3
"""docparse as a streaming filter inside Apache Spark.

Reads a folder of documents (or a JSON Lines dataset of {"id","text"} or
{"id","path"} records), runs one long-lived `docparse parse --jsonl` per
partition through RDD.pipe, and writes two Parquet tables:

  OUT/documents  id, error, name, format, kind, genre, title, issuer,
                 docNumber, date, year, recipients, facts
  OUT/facts      id, attachment, section, kind, text, start, end, value,
                 min, max, unit, comparator, approximate, masked, status, subject, rule

usage: docparse_job.py --docparse PATH (--folder DIR | --jsonl FILE) --out DIR [--partitions N]

The documents must be readable at the same path on every executor (a shared
file system) when given by path; records with "text" carry their document.
"""
import argparse
import json
import os

from pyspark.sql import Row, SparkSession
from pyspark.sql.types import (ArrayType, BooleanType, DoubleType, IntegerType, LongType, StringType,
                               StructField, StructType)

DOCUMENTS = StructType([
    StructField("id", StringType(), False), StructField("error", StringType()),
    StructField("name", StringType()), StructField("format", StringType()), StructField("kind", StringType()),
    StructField("genre", StringType()), StructField("title", StringType()), StructField("issuer", StringType()),
    StructField("docNumber", StringType()), StructField("date", StringType()), StructField("year", IntegerType()),
    StructField("recipients", ArrayType(StringType())), StructField("facts", IntegerType()),
])

FACTS = StructType([
    StructField("id", StringType(), False), StructField("attachment", IntegerType()),
    StructField("section", StringType()), StructField("kind", StringType()), StructField("text", StringType()),
    StructField("start", LongType()), StructField("end", LongType()), StructField("value", DoubleType()),
    StructField("min", DoubleType()), StructField("max", DoubleType()), StructField("unit", StringType()),
    StructField("comparator", StringType()), StructField("approximate", BooleanType()),
    StructField("masked", BooleanType()), StructField("status", StringType()), StructField("subject", StringType()),
    StructField("rule", StringType()),
])


def number(v):
    """A fact's value as a double when it is a number (money, counts, percents); else None."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    return None


def documents_of(record):
    doc_id = str(record.get("id"))
    if "error" in record:
        return [Row(id=doc_id, error=record["error"], name=None, format=None, kind=None, genre=None, title=None,
                    issuer=None, docNumber=None, date=None, year=None, recipients=None, facts=0)]
    d = record["document"]
    m = d["metadata"]
    count = len(d["facts"]) + sum(len(a["facts"]) for a in d.get("attachments", []))
    return [Row(id=doc_id, error=None, name=record["source"]["name"], format=record["source"]["format"],
                kind=d["kind"], genre=d.get("genre"), title=m.get("title"), issuer=m.get("issuer"),
                docNumber=(m.get("docNumber") or {}).get("text"), date=m.get("date"), year=m.get("year"),
                recipients=m.get("recipients") or [], facts=count)]


def facts_of(record):
    if "error" in record:
        return []
    doc_id = str(record.get("id"))
    d = record["document"]
    rows = []
    for k, doc in enumerate([d] + d.get("attachments", [])):
        for f in doc["facts"]:
            rows.append(Row(
                id=doc_id, attachment=k, section=".".join(str(s) for s in f.get("section") or []) or None,
                kind=f["kind"], text=f["text"], start=f["span"][0], end=f["span"][1], value=number(f.get("value")),
                min=number(f.get("min")), max=number(f.get("max")), unit=f.get("unit"),
                comparator=f.get("comparator"), approximate=f.get("approximate"), masked=f.get("masked"),
                status=f.get("status"), subject=f.get("subject"), rule=f.get("rule")))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docparse", required=True, help="the docparse binary (on every executor)")
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--folder", help="a folder of documents, read recursively")
    src.add_argument("--jsonl", help='a JSON Lines dataset of {"id","text"} or {"id","path"} records')
    ap.add_argument("--out", required=True)
    ap.add_argument("--partitions", type=int, default=0)
    a = ap.parse_args()

    spark = SparkSession.builder.appName("docparse").getOrCreate()
    sc = spark.sparkContext
    if a.folder:
        paths = sorted(os.path.join(root, f) for root, dirs, files in os.walk(a.folder)
                       for f in files if not f.startswith("."))
        records = sc.parallelize([json.dumps({"id": p, "path": os.path.abspath(p)}, ensure_ascii=False)
                                  for p in paths], a.partitions or sc.defaultParallelism)
    else:
        records = sc.textFile(a.jsonl, a.partitions or sc.defaultParallelism).filter(lambda l: l.strip())

    # One docparse per partition: records in on stdin, one JSON line out per record, in order.
    # A record that fails comes back as {"id","error"}; docparse exits 1 then, which
    # RDD.pipe would treat as a failed task, so its status is not checked.
    parsed = records.pipe(f"'{a.docparse}' parse --jsonl --jobs 1", checkCode=False).map(json.loads).cache()
    spark.createDataFrame(parsed.flatMap(documents_of), DOCUMENTS).write.mode("overwrite").parquet(
        os.path.join(a.out, "documents"))
    spark.createDataFrame(parsed.flatMap(facts_of), FACTS).write.mode("overwrite").parquet(
        os.path.join(a.out, "facts"))
    spark.stop()


if __name__ == "__main__":
    main()

"""Scale-out: the pipeline on Apache Spark (``scale ingest``), Parquet results and ``load`` into the store."""

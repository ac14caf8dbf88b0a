"""Integrations with the tools scraping and data teams already run.

Each submodule needs an optional extra and imports it lazily or at module import:

- :mod:`cleantext.integrations.dataframes`: pandas, Polars and Hugging Face ``datasets``
  (extra ``dataframes``);
- :mod:`cleantext.integrations.scrapy`: an item pipeline and an add-on (extra ``scrapy``);
- :mod:`cleantext.integrations.redis_index`: a shared LSH index in Redis (extra ``redis``);
- :mod:`cleantext.integrations.seen`: "seen this text before?" over any index, for pipelines;
- :mod:`cleantext.integrations.dask`: cleaning and corpus dedup as Dask jobs (extra ``dask``);
- :mod:`cleantext.integrations.datatrove`: a datatrove ``PipelineStep`` (extra ``datatrove``).

A missing extra is reported in one line naming it (:class:`cleantext.errors.MissingExtraError`,
an ``ImportError``), e.g. ``redis is not installed: pip install "cleantext-scrape[redis]"``.

Importing this package needs no extra.
"""

"""The analyst's page: the views' tables, the drawn graph, the HTML template and assets.

Owns: the page's tables read from a store with queries/page/*.rq (tables), the choice and
layout of what the graph view draws and the self-contained HTML page (visualise), and the
template, script and style (templates/).

Imports kg.store and kg.graph, never kg.builder or kg.cli; writes no file itself (it returns
the page as text).
"""

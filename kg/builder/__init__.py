"""The one orchestration of a build and what it writes.

Owns: finding the inputs and running read -> extract -> graph on each document, on every
core (pipeline), the cache of earlier results and the manifest (cache), the merged graph's
counts (merged), patches of the outputs (splice), writing every output so that none is
lost (outputs), the lock on an output folder (lock), and the two readings that go through
the same steps without writing a graph: the account of cues (audit) and the score against
gold (evaluate).

The only subpackage that imports all of kg.read, kg.extract, kg.graph, kg.store and
kg.page; never kg.cli. (Named builder, not build: `kg.build` is the library's function.)
"""

"""Shared test factories: one make_report, one make_request (issue #20 item 7). Import from the submodules."""

"""A copy of this test process's PostgreSQL test database, for tests that start servers of their own."""


def copy_database(admin, template: str, name: str) -> None:
    """Create `name` from `template` (CREATE DATABASE ... TEMPLATE, a second instead of a minute of migrate).

    `admin` is an autocommit psycopg connection to the `postgres` database. A template must have no other
    session: the caller closes its own connection first, and a session an earlier test of this process
    left behind (a thread's connection that was never closed) is ended here. Only this process uses its
    own test database (pytest-xdist gives each worker one), so nobody else's session is touched.
    """
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
        [template],
    )
    admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')

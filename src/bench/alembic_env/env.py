"""Alembic environment of the benchmark: the standard online env.py, plus what users of a deep
foreign-key chain must add (a raised recursion limit) and type comparison switched on."""
import importlib
import os
import sys
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine

# Alembic's autogenerate recurses along foreign keys: a 1000-table chain needs far more than 1000 frames.
sys.setrecursionlimit(100000)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

config = context.config
fileConfig(config.config_file_name)
models = importlib.import_module(os.environ.get("BENCH_MODELS", "models_base"))
target_metadata = models.Base.metadata


def run_migrations_online():
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()

"""Development entry point: ``python run.py`` (``make run`` does this after migrating and seeding).
Production runs the factory under gunicorn: ``gunicorn 'app:create_app()'``."""

from app import create_app

app = create_app()

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=5000)

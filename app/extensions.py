"""Extension objects shared by every app; each app binds them in create_app.

No AppBuilder here: Flask-AppBuilder registers each view once per AppBuilder, so every
app builds its own (see app/__init__.py).
"""

from flask_appbuilder.models.sqla.base import SQLA
from flask_caching import Cache
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

db = SQLA()
migrate = Migrate()
csrf = CSRFProtect()
cache = Cache()

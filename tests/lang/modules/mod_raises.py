# Helper module that raises during import (the failed module must not be left in sys.modules)
before = 1
raise ValueError('import-time failure')

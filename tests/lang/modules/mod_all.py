# Helper module whose __all__ limits what "from mod_all import *" binds
__all__ = ['exported', 'also_exported']
exported = 'yes'
also_exported = 'also'
not_exported = 'no'

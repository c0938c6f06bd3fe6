def f(a, b=1, *args, c, **kw):
    """doc"""
    x = [i * 2 for i in range(10) if i % 2]
    return {k: v for k, v in kw.items()}, (yield x)

# Program: bank accounts with exceptions, class methods, properties and a transaction log
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account.owner, amount)
        self.account = account
        self.amount = amount
    def __str__(self):
        return '%s cannot withdraw %d (balance %d)' % (self.account.owner, self.amount, self.account.balance)
class Account:
    _next_id = 1
    log = []
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self._balance += amount
        Account.log.append(('dep', self.id, amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        Account.log.append(('wd', self.id, amount))
        return self
    @classmethod
    def transfer(cls, src, dst, amount):
        src.withdraw(amount)
        dst.deposit(amount)
    def __repr__(self):
        return 'Account(#%d %s %d)' % (self.id, self.owner, self._balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self._balance * self.rate)
        return self.deposit(interest) if interest > 0 else self
a = Account('ann', 100)
b = Savings('bob', 1000)
a.deposit(50).withdraw(30)
Account.transfer(b, a, 200)
b.add_interest()
print(a, b)
for op in (lambda: a.withdraw(10 ** 6), lambda: a.deposit(-5), lambda: Account.transfer(a, b, 500)):
    try:
        op()
    except InsufficientFunds as e:
        print('InsufficientFunds:', e, e.amount)
    except ValueError as e:
        print('ValueError:', e)
print(a, b, len(Account.log))
print(Account.log)
totals = {}
for kind, acct, amt in Account.log:
    totals[kind] = totals.get(kind, 0) + amt
print(totals, sum(x.balance for x in (a, b)))

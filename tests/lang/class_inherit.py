# Classes: single inheritance, method overriding, attribute lookup through the chain
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return '%s the %s says %s' % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = 'dog'
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + '!'
class Cat(Animal):
    kind = 'cat'
for a in (Animal('generic'), Dog('rex'), Puppy('bit'), Cat('tom')):
    print(a.describe())
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy), issubclass(Cat, Dog))
print(isinstance(Puppy('x'), Animal), isinstance(Cat('y'), Dog))
print(Puppy.__bases__[0].__name__, Dog.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    def template(self):
        return 'base(' + self.hook() + ')'
    def hook(self):
        return 'base-hook'
class Derived(Base):
    def hook(self):
        return 'derived-hook'
print(Base().template(), Derived().template())
class NoInit(Animal):
    pass
print(NoInit('inherits init').name)
try:
    NoInit()
except TypeError as e:
    print(type(e).__name__)

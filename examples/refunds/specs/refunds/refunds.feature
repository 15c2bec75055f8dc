Feature: Refund after a partial chargeback
  A customer paid for an order; their bank already charged part of it back.
  Support may refund the rest, but never pay out the same money twice.

  Scenario: Refund what the chargeback left
    Given an order paid with 10000 cents
    And a chargeback of 2500 cents
    When the customer asks for a refund of 10000 cents
    Then 7500 cents are refunded

  Scenario Outline: Never more than what is left
    Given an order paid with <paid> cents
    And a chargeback of <charged_back> cents
    And an earlier refund of <refunded> cents
    When the customer asks for a refund of <requested> cents
    Then <payable> cents are refunded

    Examples:
      | paid  | charged_back | refunded | requested | payable |
      | 10000 | 2500         | 0        | 3000      | 3000    |
      | 10000 | 2500         | 5000     | 3000      | 2500    |
      | 10000 | 10000        | 0        | 500       | 0       |

  Scenario: Inconsistent books are refused
    Given an order paid with 1000 cents
    And a chargeback of 800 cents
    And an earlier refund of 400 cents
    When the customer asks for a refund of 100 cents
    Then the refund is refused as inconsistent

import { graphql } from '../../gql/gql';

export const MarginRuleRow = graphql(`
  fragment MarginRuleRow on MarginRule {
    id
    serviceType
    marginPercent
    validFrom
    validTo
  }
`);

export const MarginRules = graphql(`
  query MarginRules {
    marginRules {
      ...MarginRuleRow
    }
  }
`);

export const UpsertMarginRule = graphql(`
  mutation UpsertMarginRule($input: MarginRuleInput!) {
    upsertMarginRule(input: $input) {
      ...MarginRuleRow
    }
  }
`);
